using System.Text.Json.Nodes;
using BotoSharp.Clients;
using BotoSharp.Configuration;
using BotoSharp.Http;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Differential.Discovery;

/// <summary>
/// botocore's endpoint discovery against BotoSharp's, both stubbed at the transport with the same script: Timestream
/// (discovery required, <c>auto</c>) discovers before its first call and reuses the endpoint, rediscovers after a 421
/// or InvalidEndpointException; switched off it raises EndpointDiscoveryRequired; DynamoDB discovers only when enabled;
/// a failing DescribeEndpoints fails the call. Request URLs and targets, and each call's result, must agree.
/// </summary>
[TestFixture]
[Category("Differential")]
public sealed class EndpointDiscoveryDifferentialTests
{
    private const string Endpoints = """{"Endpoints":[{"Address":"ingest-cell2.timestream.us-east-1.amazonaws.com","CachePeriodInMinutes":1440}]}""";
    private const string Ok = """{"Databases":[]}""";
    private const string InvalidEndpoint = """{"__type":"com.amazonaws.timestream.v20181101#InvalidEndpointException","message":"moved"}""";

    public static IEnumerable<TestCaseData> Scenarios()
    {
        yield return Case("timestream discovers once, then uses its cache", "timestream-write", null, new[] { "ListDatabases", "ListDatabases" }, 200, (200, Ok));
        yield return Case("timestream rediscovers after a 421", "timestream-write", null, new[] { "ListDatabases" }, 200, (421, """{"message":"misdirected"}"""), (200, Ok));
        yield return Case("timestream rediscovers after InvalidEndpointException", "timestream-write", null, new[] { "ListDatabases" }, 200, (400, InvalidEndpoint), (200, Ok));
        yield return Case("timestream with discovery off refuses", "timestream-write", false, new[] { "ListDatabases" }, 200, (200, Ok));
        yield return Case("timestream with a failing DescribeEndpoints", "timestream-write", "auto", new[] { "ListDatabases" }, 500, (200, Ok));
        yield return Case("dynamodb with discovery on", "dynamodb", true, new[] { "ListTables", "ListTables" }, 200, (200, """{"TableNames":[]}"""));
        yield return Case("dynamodb by default does not discover", "dynamodb", null, new[] { "ListTables" }, 200, (200, """{"TableNames":[]}"""));
    }

    private static TestCaseData Case(string name, string service, object? enabled, string[] calls, int describeStatus, params (int Status, string Body)[] answers) =>
        new TestCaseData(service, enabled, calls, describeStatus, answers).SetName(name);

    [TestCaseSource(nameof(Scenarios))]
    public async Task Discovery_matches_botocore(string service, object? enabled, string[] calls, int describeStatus, (int Status, string Body)[] answers)
    {
        var botocore = Botocore.Run(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", "Differential", "Discovery", "botocore_discovery.py")), new
        {
            service, region = "us-east-1", enabled, calls, endpoints = Endpoints, describe_status = describeStatus,
            answers = answers.Select(a => new { status = a.Status, body = a.Body }),
        })!.AsObject();

        var transport = new StubTransport(describeStatus, answers);
        var session = new Session(environment: new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
            ["AWS_DATA_PATH"] = BotocoreDataFolder.Path,
        }) { TransportFactory = _ => transport };
        var config = enabled is null ? null : new ClientConfig { EndpointDiscoveryEnabled = enabled };
        var results = new JsonArray();
        var client = DynamicClient.Over(session.CreateClient(service, "us-east-1", awsAccessKeyId: "AKID", awsSecretAccessKey: "secret", config: config));
        foreach (var call in calls)
        {
            try
            {
                var response = await client.InvokeAsync(call);
                results.Add(new JsonObject { ["result"] = "ok", ["retry_attempts"] = (long)((Dictionary<string, object?>)response["ResponseMetadata"]!)["RetryAttempts"]! });
            }
            catch (Exception error)
            {
                results.Add(new JsonObject { ["result"] = error.GetType().Name, ["message"] = error.Message });
            }
        }
        Assert.Multiple(() =>
        {
            Assert.That(transport.Seen, Is.EqualTo(botocore["requests"]!.AsArray().Select(r => $"{r!["url"]} {r["target"]}")));
            Assert.That(results.ToJsonString(), Is.EqualTo(botocore["results"]!.ToJsonString()));
        });
    }

    private sealed class StubTransport : IHttpTransport
    {
        private readonly int _describeStatus;
        private readonly Queue<(int Status, string Body)> _answers;
        private readonly (int Status, string Body) _last;

        public StubTransport(int describeStatus, (int Status, string Body)[] answers)
        {
            _describeStatus = describeStatus;
            _answers = new Queue<(int, string)>(answers);
            _last = answers[^1];
        }

        public List<string> Seen { get; } = new();

        public Task<AwsResponse> SendAsync(AwsRequest request, CancellationToken cancellationToken = default)
        {
            var target = request.Headers.TryGetValue("X-Amz-Target", out var value) ? value : "";
            Seen.Add($"{request.Url} {target}");
            var (status, body) = target.EndsWith(".DescribeEndpoints", StringComparison.Ordinal) ? (_describeStatus, Endpoints)
                : _answers.Count > 1 ? _answers.Dequeue() : _last;
            var headers = new HttpHeaderList();
            headers.Add("Content-Type", "application/x-amz-json-1.0");
            headers.Add("x-amzn-RequestId", "r");
            return Task.FromResult(new AwsResponse(request.Url, status, headers, System.Text.Encoding.UTF8.GetBytes(body), null));
        }
    }
}
