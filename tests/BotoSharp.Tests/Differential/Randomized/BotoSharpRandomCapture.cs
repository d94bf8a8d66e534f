using BotoSharp.Clients;
using BotoSharp.Http;
using BotoSharp.Models;
using BotoSharp.Tests.Signing;

namespace BotoSharp.Tests.Differential.Randomized;

/// <summary>
/// Sends randomized cases through BotoSharp's dynamic client with every request stopped at <c>before-send</c>, one
/// session and one client per (service, region, endpoint, handlers) as botocore_request.py keeps them.
/// </summary>
internal sealed class BotoSharpRandomCapture(string dataPath)
{
    private readonly Dictionary<(string, string, string?, bool), (DynamicClient Client, List<AwsRequest> Seen)> _clients = new();
    private readonly Dictionary<bool, Session> _sessions = new();

    /// <summary>The model the session loads for <paramref name="service"/>.</summary>
    public ServiceModel Model(string service) => SessionFor(true).GetServiceModel(service);

    /// <summary>The service names the session finds.</summary>
    public IReadOnlyList<string> Services() => SessionFor(true).GetAvailableServices().Order(StringComparer.Ordinal).ToList();

    /// <summary>Every request BotoSharp sent for <paramref name="item"/>, or the error it raised before sending any.</summary>
    public async Task<RandomOutcome> RunAsync(RandomRequestCase item)
    {
        List<AwsRequest>? seen = null;
        try
        {
            var (client, list) = ClientFor(item);
            seen = list;
            seen.Clear();
            var operation = client.Meta.ServiceModel.OperationModel(item.Operation);
            await client.InvokeAsync(item.Operation, item.Parameters(operation)).ConfigureAwait(false);
        }
        catch (Exception error) when (seen is null || seen.Count == 0)
        {
            return RandomOutcome.Failed(error.GetType().Name, error.Message);
        }
        catch (Exception)
        {
            // The stubbed empty response need not parse; the requests are what is compared.
        }
        var requests = new List<CapturedRequest>();
        foreach (var request in seen!)
        {
            var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value, StringComparer.OrdinalIgnoreCase);
            requests.Add(new CapturedRequest(request.Method, request.Url, headers, await request.ReadBodyAsync(CancellationToken.None).ConfigureAwait(false)));
        }
        return RandomOutcome.Sent(requests);
    }

    private (DynamicClient, List<AwsRequest>) ClientFor(RandomRequestCase item)
    {
        var key = (item.Service, item.Region, item.EndpointUrl, item.BuiltinHandlers);
        if (!_clients.TryGetValue(key, out var entry))
        {
            var client = SessionFor(item.BuiltinHandlers).CreateClient(item.Service, item.Region, endpointUrl: item.EndpointUrl,
                awsAccessKeyId: BotocoreOracle.AccessKey, awsSecretAccessKey: BotocoreOracle.SecretKey);
            var seen = new List<AwsRequest>();
            client.Meta.Events.RegisterFirst("before-send", kwargs =>
            {
                var request = (AwsRequest)kwargs["request"]!;
                seen.Add(request);
                return new AwsResponse(request.Url, 200, new HttpHeaderList(), Array.Empty<byte>(), null);
            });
            entry = (DynamicClient.Over(client), seen);
            _clients[key] = entry;
        }
        return entry;
    }

    private Session SessionFor(bool builtinHandlers)
    {
        if (!_sessions.TryGetValue(builtinHandlers, out var session))
        {
            session = new Session(includeBuiltinHandlers: builtinHandlers, environment: new Dictionary<string, string>
            {
                ["AWS_CONFIG_FILE"] = "/nonexistent/config",
                ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
                ["AWS_EC2_METADATA_DISABLED"] = "true",
                ["AWS_DATA_PATH"] = dataPath,
                ["HOME"] = Path.GetTempPath(),
            })
            {
                TimeProvider = new FixedClock(BotocoreOracle.FixedTime),
            };
            _sessions[builtinHandlers] = session;
        }
        return session;
    }
}
