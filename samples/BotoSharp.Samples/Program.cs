using BotoSharp.Errors;
using BotoSharp.OracleTools;
using BotoSharp.Samples;

// The main sample: typed clients (generated at build time for s3, dynamodb, sqs and sts) making real calls.
// With no --profile or --endpoint-url it starts a moto_server on loopback and runs against that.
var options = SampleOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(SampleOptions.Usage);
    return 2;
}
if (options.Tour)
{
    SessionTour.Run();
    return 0;
}

// --telemetry: BotoSharp's spans and metrics to the OpenTelemetry console exporter.
using var telemetry = options.Telemetry ? SampleTelemetry.Start() : null;
MotoServerProcess? moto = null;
try
{
    string? endpointUrl = options.EndpointUrl;
    if (!options.UsesOwnTarget)
    {
        // The pinned oracle's moto_server (python3's own, or .venv/ set up on first use); waits until it answers.
        moto = MotoServerProcess.Start();
        endpointUrl = moto.EndpointUrl;
        Console.WriteLine($"Started moto_server at {endpointUrl} (pass --profile or --endpoint-url to use another target)");
    }
    await new CallTour(SampleSessions.Create(options, moto is not null), endpointUrl, options.Region).RunAsync();
    if (moto is not null)
    {
        await AssumeRoleStep.RunAsync(moto.EndpointUrl, options.Region ?? "us-east-1");
    }
    Console.WriteLine("All calls succeeded.");
    return 0;
}
catch (Exception error) when (error is BotoCoreError or InvalidOperationException or HttpRequestException or TimeoutException)
{
    Console.Error.WriteLine($"FAILED: {error.GetType().Name}: {error.Message}");
    return 1;
}
finally
{
    moto?.Dispose();
}
