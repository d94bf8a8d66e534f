using System.Diagnostics;
using System.Globalization;
using BotoSharp;
using BotoSharp.AotSample;
using BotoSharp.Errors;
using BotoSharp.OracleTools;

// The Native AOT sample: STS, S3 and DynamoDB calls through generated typed clients, compiled ahead of time.
// Without --endpoint-url it starts a moto_server on loopback (as the main sample does) and stops it at the end.
var started = Stopwatch.GetTimestamp();
string? endpointUrl = null;
if (args.Length == 2 && args[0] == "--endpoint-url")
{
    endpointUrl = args[1];
}
else if (args.Length != 0)
{
    Console.Error.WriteLine("usage: BotoSharp.AotSample [--endpoint-url URL]");
    return 2;
}

MotoServerProcess? moto = null;
try
{
    if (endpointUrl is null)
    {
        moto = MotoServerProcess.Start();
        endpointUrl = moto.EndpointUrl;
        Console.WriteLine($"Started moto_server at {endpointUrl}");
        started = Stopwatch.GetTimestamp();
    }
    var calls = new AotCalls(AotSession.ForLocalServer(), endpointUrl);
    await calls.CallerIdentityAsync();
    var firstResult = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    await calls.S3RoundTripAsync();
    await calls.DynamoDBRoundTripAsync();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"All calls succeeded ({(AotDetection.IsNativeAot ? "Native AOT" : "JIT")}; first result {firstResult:0.0} ms after start, all calls {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0} ms)."));
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
