using System.Diagnostics.Tracing;

namespace Benchmarks;

/// <summary>
/// Samples the runtime's allocation ticks (one event per ~100 KB allocated, naming the type that crossed the line),
/// so "--alloc-types" can show which types dominate a call's allocations without an external profiler.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);

    /// <summary>Sampled bytes per type name.</summary>
    public IReadOnlyDictionary<string, long> BytesByType
    {
        get
        {
            lock (_bytesByType)
            {
                return new Dictionary<string, long>(_bytesByType);
            }
        }
    }

    /// <inheritdoc />
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    /// <inheritdoc />
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
        {
            return;
        }
        var typeIndex = eventData.PayloadNames.IndexOf("TypeName");
        var amountIndex = eventData.PayloadNames.IndexOf("AllocationAmount");
        if (typeIndex < 0 || amountIndex < 0)
        {
            return;
        }
        var type = eventData.Payload![typeIndex] as string ?? "?";
        var amount = Convert.ToInt64(eventData.Payload[amountIndex], System.Globalization.CultureInfo.InvariantCulture);
        lock (_bytesByType)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }
}
