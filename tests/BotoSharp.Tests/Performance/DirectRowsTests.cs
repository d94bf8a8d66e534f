using BotoSharp.Events;
using BotoSharp.Services.DynamoDB;
using BotoSharp.Tests.Clients.Retries;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Performance;

/// <summary>
/// Stages call their events' builtin rows as plain methods when only those rows listen, and build the endpoint
/// parameters into one dictionary per thread: neither may show. A call with a user handler beside the rows (so the
/// event is emitted) sends the same request, retries the same way and sees the same context; endpoint resolutions that
/// alternate or fail on one thread each get their own parameters.
/// </summary>
public sealed class DirectRowsTests
{
    private const string ItemBody = PerCallReuseTests.ItemBody;

    [Test]
    public async Task RowsCalledDirectlyAndThroughTheEmitSendTheSameRequestsAndRetries()
    {
        var direct = await RetriedGetItem(withUserHandlers: false);
        var emitted = await RetriedGetItem(withUserHandlers: true);

        Assert.That(direct.Requests, Has.Count.EqualTo(2));
        Assert.That(emitted.Requests, Has.Count.EqualTo(2));
        for (var i = 0; i < 2; i++)
        {
            Assert.That(Names(direct.Requests[i]), Is.EqualTo(Names(emitted.Requests[i])));
            Assert.That(direct.Requests[i].Headers["amz-sdk-request"], Is.EqualTo(emitted.Requests[i].Headers["amz-sdk-request"]));
        }
        Assert.That(direct.Requests[1].Headers["amz-sdk-request"], Does.StartWith("ttl=").Or.StartWith("attempt=2"));
        Assert.That(direct.Metadata, Is.EqualTo(emitted.Metadata));
    }

    [Test]
    public async Task AUserHandlerOnEachRowEventIsCalledBesideTheRows()
    {
        var transport = new ScriptedTransport().Respond(200, ItemBody, ("x-amzn-RequestId", "R1"));
        using var client = Session(transport).CreateClient<DynamoDBClient>("us-east-1");
        var seen = new List<string>();
        foreach (var name in new[] { "before-call", "request-created", "needs-retry", "after-call" })
        {
            client.Meta.Events.Register($"{name}.dynamodb.GetItem", kwargs =>
            {
                seen.Add((string)kwargs["event_name"]!);
                return null;
            });
        }

        await GetItem(client);

        Assert.That(seen, Is.EqualTo(new[]
        {
            "before-call.dynamodb.GetItem", "request-created.dynamodb.GetItem", "needs-retry.dynamodb.GetItem", "after-call.dynamodb.GetItem",
        }));
        Assert.That(transport.Requests.Single().Headers["amz-sdk-invocation-id"], Is.Not.Null);
    }

    [Test]
    public async Task EndpointResolutionsThatAlternateOrFailOnOneThreadEachGetTheirOwnParameters()
    {
        var transport = PerCallReuseTests.ItemAnswers(4);
        using var east = Session(transport).CreateClient<DynamoDBClient>("us-east-1");
        using var west = Session(transport).CreateClient<DynamoDBClient>("eu-west-1");
        // Account-id endpoints required, and the credentials carry none: the rule set raises while resolving.
        using var invalid = Session(transport, ("AWS_ACCOUNT_ID_ENDPOINT_MODE", "required")).CreateClient<DynamoDBClient>("us-east-1");

        await GetItem(east);
        Assert.That(async () => await GetItem(invalid), Throws.InstanceOf<BotoSharp.Errors.BotoCoreError>());
        await GetItem(west);
        await GetItem(east);
        await GetItem(west);

        Assert.That(transport.Requests.Select(r => new Uri(r.Url).Host), Is.EqualTo(new[]
        {
            "dynamodb.us-east-1.amazonaws.com", "dynamodb.eu-west-1.amazonaws.com", "dynamodb.us-east-1.amazonaws.com", "dynamodb.eu-west-1.amazonaws.com",
        }));
    }

    private static async Task<(List<BotoSharp.Http.AwsRequest> Requests, string Metadata)> RetriedGetItem(bool withUserHandlers)
    {
        var transport = new ScriptedTransport()
            .Respond(500, """{"__type":"InternalServerError","message":"x"}""", ("x-amzn-RequestId", "E1"))
            .Respond(200, ItemBody, ("x-amzn-RequestId", "R1"));
        using var client = Session(transport).CreateClient<DynamoDBClient>("us-east-1");
        if (withUserHandlers)
        {
            BotoEventHandler quiet = _ => null;
            client.Meta.Events.Register("before-call.dynamodb.GetItem", quiet);
            client.Meta.Events.Register("request-created.dynamodb.GetItem", quiet);
            client.Meta.Events.Register("needs-retry.dynamodb.GetItem", quiet);
            client.Meta.Events.Register("after-call.dynamodb.GetItem", quiet);
        }
        var output = await GetItem(client);
        var metadata = output.ResponseMetadata!;
        return (transport.Requests, $"{metadata.RequestId} {metadata.HttpStatusCode} {metadata.RetryAttempts} {metadata.MaxAttemptsReached}");
    }

    private static string[] Names(BotoSharp.Http.AwsRequest request) => request.Headers.Select(h => h.Key).ToArray();

    private static Task<GetItemOutput> GetItem(DynamoDBClient client) => PerCallReuseTests.GetItem(client);

    /// <summary>An offline session over <paramref name="transport"/> whose waits pass at once and whose backoff random is 0.5.</summary>
    internal static Session Session(ScriptedTransport transport, params (string Name, string Value)[] extra) =>
        new(environment: OfflineSession.Environment(extra))
        {
            TimeProvider = new RecordingClock(),
            RetryRandom = () => 0.5,
            TransportFactory = _ => transport,
        };
}
