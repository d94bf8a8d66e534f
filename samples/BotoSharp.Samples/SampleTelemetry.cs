using BotoSharp.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BotoSharp.Samples;

/// <summary>OpenTelemetry wired to BotoSharp's ActivitySource and Meter, exporting to the console (<c>--telemetry</c>).</summary>
internal sealed class SampleTelemetry : IDisposable
{
    private readonly TracerProvider _traces;
    private readonly MeterProvider _metrics;

    private SampleTelemetry(TracerProvider traces, MeterProvider metrics)
    {
        _traces = traces;
        _metrics = metrics;
    }

    /// <summary>Starts exporting; disposing flushes the metrics and the last spans.</summary>
    public static SampleTelemetry Start() => new(
        Sdk.CreateTracerProviderBuilder().AddSource(BotoSharpTelemetry.Name).AddConsoleExporter().Build(),
        Sdk.CreateMeterProviderBuilder().AddMeter(BotoSharpTelemetry.Name).AddConsoleExporter().Build());

    /// <summary>Flushes and stops both providers.</summary>
    public void Dispose()
    {
        _traces.Dispose();
        _metrics.Dispose();
    }
}
