using BotoSharp.Configuration;
using BotoSharp.Http;
using BotoSharp.Services.STS;

namespace BotoSharp.Tests.Http;

/// <summary>
/// <c>max_pool_connections</c>: it reaches the transport options, and, as urllib3's non-blocking pool, it never makes a
/// call wait: busy connections do not hold back the next call (the eleventh-call hang).
/// </summary>
[TestFixture]
public sealed class ConnectionLimitTests
{
    private static HttpTransportOptions Direct(int maxPoolConnections) =>
        new() { Proxies = ProxyResolver.None, ReadTimeout = TimeSpan.FromSeconds(30), ConnectTimeout = TimeSpan.FromSeconds(5), MaxPoolConnections = maxPoolConnections };

    [TestCase(2, 5)]
    [TestCase(HttpTransportOptions.DefaultMaxPoolConnections, 12)]
    [TestCase(0, 4)]
    public async Task Concurrent_calls_beyond_max_pool_connections_open_more_connections_instead_of_waiting(int limit, int calls)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reply = LocalHttpServer.Reply(200, "ok");
        using var server = new LocalHttpServer(async (request, stream) =>
        {
            await release.Task;
            await reply(request, stream);
        });
        using var transport = new HttpTransport(Direct(limit));
        var sends = Enumerable.Range(0, calls).Select(async i => (await transport.SendAsync(new AwsRequest("GET", $"{server.Url}/{i}"))).Dispose()).ToArray();

        await WaitUntilAsync(() => server.Requests.Count >= calls);
        Assert.Multiple(() =>
        {
            Assert.That(server.Connections, Is.EqualTo(calls), "every held call has its own connection");
            Assert.That(server.Requests, Has.Count.EqualTo(calls), "no call waits for a free connection");
        });

        release.SetResult();
        await Task.WhenAll(sends);
    }

    [TestCase(null, 10)]
    [TestCase(3L, 3)]
    public void The_client_config_option_reaches_the_transport(long? configured, int expected)
    {
        var session = new Session(environment: new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIDSTUB",
            ["AWS_SECRET_ACCESS_KEY"] = "stub-secret",
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        });
        int? seen = null;
        session.HttpMessageHandlerFactory = options =>
        {
            seen = options.MaxPoolConnections;
            return new HttpClientHandler();
        };
        using var sts = session.CreateClient<STSClient>(regionName: "us-east-1", config: configured is { } value ? new ClientConfig { MaxPoolConnections = value } : null);
        Assert.That(seen, Is.EqualTo(expected));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the calls did not reach the server");
            await Task.Delay(20);
        }
    }
}
