using System.Collections.Concurrent;
using System.Diagnostics;

namespace BotoSharp.Tests.Support;

/// <summary>
/// Records every BotoSharp span that stops while it lives (all data requested). Spans of tests running beside are
/// recorded too, so a test picks its own out by name or tag.
/// </summary>
internal sealed class SpanRecorder : IDisposable
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;

    public SpanRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BotoSharp.Telemetry.BotoSharpTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The spans stopped so far, in order.</summary>
    public IReadOnlyCollection<Activity> Spans => _spans;

    public void Dispose() => _listener.Dispose();
}
