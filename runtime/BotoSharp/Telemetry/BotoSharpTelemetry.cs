using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BotoSharp.Telemetry;

/// <summary>
/// The names to subscribe to for BotoSharp's traces and metrics (OpenTelemetry: <c>AddSource("BotoSharp")</c>,
/// <c>AddMeter("BotoSharp")</c>). One span per operation (<c>S3.ListBuckets</c>, kind Client) and one per HTTP
/// attempt inside it, attributed by the OpenTelemetry semantic conventions for AWS SDK and HTTP client calls.
/// </summary>
public static class BotoSharpTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/> name.</summary>
    public const string Name = "BotoSharp";

    /// <summary>Histogram of whole operation durations, in seconds, retries included.</summary>
    public const string OperationDurationInstrument = "botosharp.client.operation.duration";

    /// <summary>Counter of HTTP attempts (one per send, so retries count again).</summary>
    public const string AttemptsInstrument = "botosharp.client.attempts";

    /// <summary>Counter of attempts the service answered with a throttling error.</summary>
    public const string ThrottlesInstrument = "botosharp.client.throttles";

    private static readonly string s_version = typeof(BotoSharpTelemetry).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    internal static readonly ActivitySource Source = new(Name, s_version);

    internal static readonly Meter Meter = new(Name, s_version);

    internal static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        OperationDurationInstrument, "s", "Duration of AWS operations, retries included.");

    internal static readonly Counter<long> Attempts = Meter.CreateCounter<long>(
        AttemptsInstrument, "{attempt}", "HTTP attempts sent for AWS operations.");

    internal static readonly Counter<long> Throttles = Meter.CreateCounter<long>(
        ThrottlesInstrument, "{attempt}", "Attempts answered with a throttling error.");

    /// <summary>Whether anything listens: when not, no span, tag list or timestamp is made.</summary>
    internal static bool IsObserved => Source.HasListeners() || OperationDuration.Enabled || Attempts.Enabled || Throttles.Enabled;
}
