using BotoSharp.Clients;
using BotoSharp.Configuration;

namespace BotoSharp.Tests.Http;

/// <summary>
/// BotoSharp's own HTTP stack is shared per process by connection settings: a new client reuses earlier clients'
/// connections, disposing a client leaves the others working, different settings never share, and a caller's handler
/// factory or <see cref="HttpClient"/> stays per client.
/// </summary>
[TestFixture]
public sealed class SharedTransportTests
{
    private static readonly Dictionary<string, string> s_environment = new()
    {
        ["HOME"] = "/nonexistent-botosharp-home",
        ["AWS_CONFIG_FILE"] = "/nonexistent-botosharp-home/config",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent-botosharp-home/credentials",
    };

    [Test]
    public async Task Clients_of_different_sessions_with_equal_settings_reuse_one_connection_and_survive_each_other_s_disposal()
    {
        using var server = new LocalHttpServer(LocalHttpServer.Reply(200));
        var first = S3(new Session(environment: s_environment), server.Url);
        using var second = S3(new Session(environment: s_environment), server.Url);
        await HeadBucketAsync(first);
        first.Dispose();
        await HeadBucketAsync(second);
        using (var third = S3(new Session(environment: s_environment), server.Url))
        {
            await HeadBucketAsync(third);
        }
        await HeadBucketAsync(second);
        Assert.Multiple(() =>
        {
            Assert.That(server.Requests, Has.Count.EqualTo(4));
            Assert.That(server.Connections, Is.EqualTo(1), "every client sent over the first client's connection");
        });
    }

    [TestCase("connect_timeout", 7.0)]
    [TestCase("max_pool_connections", 3L)]
    [TestCase("tcp_keepalive", true)]
    public async Task A_client_with_different_connection_settings_opens_its_own_connection(string option, object value)
    {
        var config = new ClientConfig(new[] { KeyValuePair.Create<string, object?>(option, value) });
        Assert.That(await ConnectionsOfTwoClientsAsync(s_environment, s_environment, config), Is.EqualTo(2));
    }

    [Test]
    public async Task Different_proxy_settings_never_share_a_stack()
    {
        // NO_PROXY makes the second session's proxy setting differ without sending anything through a proxy.
        var bypassing = new Dictionary<string, string>(s_environment) { ["http_proxy"] = "http://127.0.0.1:9", ["no_proxy"] = "127.0.0.1" };
        Assert.That(await ConnectionsOfTwoClientsAsync(s_environment, bypassing, null), Is.EqualTo(2));
    }

    [Test]
    public async Task A_handler_factory_gives_each_client_its_own_handler_which_the_client_disposes()
    {
        using var server = new LocalHttpServer(LocalHttpServer.Reply(200));
        var handlers = new List<TrackedHandler>();
        var session = new Session(environment: s_environment)
        {
            HttpMessageHandlerFactory = _ =>
            {
                var handler = new TrackedHandler();
                handlers.Add(handler);
                return handler;
            },
        };
        var first = S3(session, server.Url);
        using var second = S3(session, server.Url);
        await HeadBucketAsync(first);
        first.Dispose();
        await HeadBucketAsync(second);
        Assert.Multiple(() =>
        {
            Assert.That(handlers, Has.Count.EqualTo(2));
            Assert.That(handlers[0].Disposed, Is.True, "the first client disposed its own handler");
            Assert.That(handlers[1].Disposed, Is.False);
            Assert.That(server.Connections, Is.EqualTo(2), "no connection is shared between the caller's handlers");
        });
    }

    [Test]
    public async Task A_caller_s_HttpClient_is_used_per_client_and_never_disposed()
    {
        using var server = new LocalHttpServer(LocalHttpServer.Reply(200));
        using var http = new HttpClient();
        var asked = new List<string>();
        var session = new Session(environment: s_environment)
        {
            HttpClientFactory = service =>
            {
                asked.Add(service);
                return http;
            },
        };
        using (var client = S3(session, server.Url))
        {
            await HeadBucketAsync(client);
        }
        using var response = await http.GetAsync(server.Url + "/still-usable");
        Assert.Multiple(() =>
        {
            Assert.That(asked, Is.EqualTo(new[] { "s3" }));
            Assert.That((int)response.StatusCode, Is.EqualTo(200), "disposing the client left the caller's HttpClient open");
        });
    }

    // Connections a server sees from two clients (the second in a session over secondEnvironment, with config) calling in turn.
    private static async Task<int> ConnectionsOfTwoClientsAsync(Dictionary<string, string> firstEnvironment, Dictionary<string, string> secondEnvironment, ClientConfig? config)
    {
        using var server = new LocalHttpServer(LocalHttpServer.Reply(200));
        using var first = S3(new Session(environment: firstEnvironment), server.Url);
        using var second = S3(new Session(environment: secondEnvironment), server.Url, config);
        await HeadBucketAsync(first);
        await HeadBucketAsync(second);
        await HeadBucketAsync(first);
        return server.Connections;
    }

    private static DynamicClient S3(Session session, string url, ClientConfig? config = null) =>
        DynamicClient.Over(session.CreateClient("s3", "us-east-1", endpointUrl: url, awsAccessKeyId: "a", awsSecretAccessKey: "b", config: config));

    private static Task<Dictionary<string, object?>> HeadBucketAsync(DynamicClient client) =>
        client.InvokeAsync("HeadBucket", new Dictionary<string, object?> { ["Bucket"] = "bucket" });

    private sealed class TrackedHandler : HttpClientHandler
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
