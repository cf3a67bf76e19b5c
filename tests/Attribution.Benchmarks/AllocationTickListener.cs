using System.Diagnostics.Tracing;
using System.Globalization;

namespace Attribution.Benchmarks;

/// <summary>
/// Listens to the runtime's allocation-tick events (one about every 100 KB allocated, naming the type) and hands each
/// to <see cref="OnAllocationTick"/>: the one event parser behind <see cref="AllocationTypes"/> and
/// <see cref="StageAllocationTypes"/>.
/// </summary>
public abstract class AllocationTickListener : EventListener
{
    private const string RuntimeEventSource = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords GarbageCollectionKeyword = (EventKeywords)0x1;

    /// <summary>What a tick stands for when its payload lacks the amount: the runtime's sampling interval.</summary>
    private const long BytesPerTickWhenUnknown = 100_000;

    /// <summary>One sampled allocation: when it was raised, the type named, and the bytes it stands for.</summary>
    protected abstract void OnAllocationTick(DateTime at, string type, long bytes);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        ArgumentNullException.ThrowIfNull(eventSource);
        if (eventSource.Name == RuntimeEventSource)
        {
            EnableEvents(eventSource, EventLevel.Verbose, GarbageCollectionKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.PayloadNames is not { } names)
        {
            return;
        }

        int typeAt = names.IndexOf("TypeName");
        int amountAt = names.IndexOf("AllocationAmount64");
        string type = typeAt >= 0 ? eventData.Payload![typeAt]?.ToString() ?? "?" : "?";
        long amount = amountAt >= 0 ? Convert.ToInt64(eventData.Payload![amountAt], CultureInfo.InvariantCulture) : BytesPerTickWhenUnknown;
        OnAllocationTick(eventData.TimeStamp, type, amount);
    }
}
