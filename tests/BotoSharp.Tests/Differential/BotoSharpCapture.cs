using BotoSharp.Http;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Differential;

/// <summary>Runs a scenario through BotoSharp and keeps the request a <c>before-send</c> handler saw (nothing is sent).</summary>
internal static class BotoSharpCapture
{
    /// <summary>The request BotoSharp would send for <paramref name="scenario"/>.</summary>
    public static async Task<CapturedRequest> RequestForAsync(RequestScenario scenario)
    {
        var session = new Session(environment: new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            // The shipped models first; botocore's data folder after them for the services only the dynamic client calls.
            ["AWS_DATA_PATH"] = RepoPaths.Models + Path.PathSeparator + BotocoreDataFolder.Path,
            ["HOME"] = Path.GetTempPath(),
        })
        {
            TimeProvider = new FixedClock(BotocoreOracle.FixedTime),
        };
        var client = session.CreateClient(scenario.Service, scenario.Region, awsAccessKeyId: BotocoreOracle.AccessKey,
            awsSecretAccessKey: BotocoreOracle.SecretKey, awsSessionToken: scenario.Token);
        AwsRequest? seen = null;
        client.Meta.Events.RegisterFirst("before-send", kwargs =>
        {
            seen = (AwsRequest)kwargs["request"]!;
            return new AwsResponse(seen.Url, 200, new HttpHeaderList(), Array.Empty<byte>(), null);
        });
        try
        {
            await scenario.Call(client).ConfigureAwait(false);
        }
        catch (Exception) when (seen is not null)
        {
            // The stubbed empty response need not parse; the request is what is compared.
        }
        if (seen is null)
        {
            throw new InvalidOperationException("BotoSharp sent no request for " + scenario.Name);
        }
        var headers = seen.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value, StringComparer.OrdinalIgnoreCase);
        var body = await seen.ReadBodyAsync(CancellationToken.None).ConfigureAwait(false);
        return new CapturedRequest(seen.Method, seen.Url, headers, body);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
