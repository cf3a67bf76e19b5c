using System.Collections.Concurrent;
using System.Globalization;

namespace Attribution.Benchmarks;

/// <summary>
/// The types each stage allocates most (<c>--stage-types</c>): the runtime's allocation-tick events (one about every
/// 100 KB, naming the type) put down to the stage that was running when they were raised, by their time stamp
/// against the stage start times <see cref="StageAllocation"/> records.
/// </summary>
internal sealed class StageAllocationTypes : AllocationTickListener
{
    private const int TypesShownPerStage = 12;

    private readonly ConcurrentQueue<(DateTime At, string Type, long Bytes)> _ticks = new();

    public List<(DateTime At, string Stage)> Marks { get; } = [];

    public void Print(TextWriter output)
    {
        var starts = Marks.Select(m => m.At).ToArray();
        var totals = new Dictionary<string, Dictionary<string, long>>();
        foreach (var (at, type, bytes) in _ticks)
        {
            int index = Array.BinarySearch(starts, at);
            index = index >= 0 ? index : ~index - 1;
            string stage = index >= 0 ? Marks[index].Stage : "before";
            if (!totals.TryGetValue(stage, out var byType))
            {
                totals[stage] = byType = [];
            }

            byType[type] = byType.GetValueOrDefault(type) + bytes;
        }

        foreach (var (stage, byType) in totals.OrderByDescending(t => t.Value.Values.Sum()))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage}: {byType.Values.Sum() / 1e6:N1} MB"));
            foreach (var (type, bytes) in byType.OrderByDescending(t => t.Value).Take(TypesShownPerStage))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes / 1e6,8:N1} MB  {type}"));
            }
        }
    }

    protected override void OnAllocationTick(DateTime at, string type, long bytes) =>
        _ticks.Enqueue((at, type, bytes));
}
