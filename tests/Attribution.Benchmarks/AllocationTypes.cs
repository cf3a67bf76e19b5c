using System.Collections.Concurrent;
using System.Globalization;

namespace Attribution.Benchmarks;

/// <summary>
/// Which types <c>Extract</c> allocates most: listens to the runtime's allocation-tick events (one about every
/// 100 KB allocated, naming the type) while the news set is extracted once after a warm-up pass, and prints
/// the top types by sampled megabytes. No profiler or tool to install; good enough to find the next allocator.
/// </summary>
public sealed class AllocationTypes : AllocationTickListener
{
    private const int TypesShown = 40;

    private readonly ConcurrentDictionary<string, long> _bytesByType = new();

    /// <param name="output">Where the table goes.</param>
    /// <param name="corpus">The input (<see cref="NewsCorpus.ManyDocuments"/> or <see cref="NewsCorpus.OneLargeDocument"/>).</param>
    public static void Run(TextWriter output, string corpus = NewsCorpus.ManyDocuments)
    {
        var extractor = AttributionExtractor.CreateDefault();
        var documents = NewsCorpus.Documents(corpus);
        var date = new DateOnly(2024, 9, 27);
        foreach (var document in documents)
        {
            extractor.Extract(document, date);
        }

        using var listener = new AllocationTypes();
        foreach (var document in documents)
        {
            extractor.Extract(document, date);
        }

        // The events arrive on the runtime's dispatch thread, a little after the allocation.
        Thread.Sleep(TimeSpan.FromSeconds(2));
        var rows = listener._bytesByType.ToArray();
        Array.Sort(rows, (a, b) => b.Value.CompareTo(a.Value));
        foreach (var (type, bytes) in rows.Take(TypesShown))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6,8:N1} MB  {type}"));
        }
    }

    protected override void OnAllocationTick(DateTime at, string type, long bytes) =>
        _bytesByType.AddOrUpdate(type, bytes, (_, total) => total + bytes);
}
