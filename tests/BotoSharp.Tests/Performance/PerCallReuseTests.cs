using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BotoSharp.Clients;
using BotoSharp.Clients.Retries;
using BotoSharp.Endpoints;
using BotoSharp.Services.DynamoDB;
using BotoSharp.Signing;
using BotoSharp.Tests.Clients.Retries;

namespace BotoSharp.Tests.Performance;

/// <summary>
/// What the per-call path now keeps between calls must never show: handlers registered after a client's first call
/// are still called (and unregistered ones no longer are), reused hash objects give the one-shot digests whatever the
/// key order, invocation ids stay random version-4 UUIDs, and the endpoint memo only answers for equal parameters.
/// </summary>
public sealed class PerCallReuseTests
{
    /// <summary>A GetItem answer with one item (other per-call tests answer with it too).</summary>
    internal const string ItemBody = """{"Item":{"k":{"S":"1"}}}""";

    [Test]
    public async Task AHandlerRegisteredAfterTheFirstCallIsCalledAndOneUnregisteredIsNot()
    {
        var transport = ItemAnswers(3);
        using var client = Session(transport).CreateClient<DynamoDBClient>("us-east-1");
        var seen = new List<string?>();
        BotoSharp.Events.BotoEventHandler handler = kwargs =>
        {
            seen.Add(kwargs["event_name"] as string);
            return null;
        };

        await GetItem(client);
        client.Meta.Events.Register("after-call.dynamodb.GetItem", handler);
        await GetItem(client);
        client.Meta.Events.Unregister("after-call.dynamodb.GetItem", handler);
        await GetItem(client);

        Assert.That(seen, Is.EqualTo(new[] { "after-call.dynamodb.GetItem" }));
        Assert.That(transport.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public void ReusedHashesGiveTheOneShotDigestsWhenKeysAlternate()
    {
        var keys = new[] { RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32) };
        Span<byte> reused = stackalloc byte[32];
        for (var i = 0; i < 6; i++)
        {
            var data = Encoding.UTF8.GetBytes($"AWS4-HMAC-SHA256\n20261206T000000Z\nstring {i}");
            var key = keys[i % 2];
            ThreadHashes.HmacSha256(key, data, reused);
            Assert.That(reused.ToArray(), Is.EqualTo(HMACSHA256.HashData(key, data)));
            ThreadHashes.Sha256(data, reused);
            Assert.That(reused.ToArray(), Is.EqualTo(SHA256.HashData(data)));
        }
    }

    [Test]
    public void InvocationIdsAreDistinctRandomVersion4Uuids()
    {
        var pattern = new Regex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
        // More than one 4 KiB batch, so a refill is crossed.
        var ids = Enumerable.Range(0, 1000).Select(_ => InvocationIds.NewId()).ToList();
        Assert.That(ids, Is.All.Matches(pattern));
        Assert.That(ids.Distinct().Count(), Is.EqualTo(ids.Count));
        // A thread's first id is a Guid's text: the same form.
        var firsts = new string?[2];
        var threads = Enumerable.Range(0, 2).Select(i => new Thread(() => firsts[i] = InvocationIds.NewId())).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.That(firsts, Is.All.Matches(pattern));
        Assert.That(firsts[0], Is.Not.EqualTo(firsts[1]));
    }

    [Test]
    public void TheEndpointMemoMatchesOnlyEqualParametersInTheSameOrder()
    {
        var result = new ResolvedEndpoint("https://example.com");
        var parameters = new Dictionary<string, object?> { ["Region"] = "us-east-1", ["UseFIPS"] = false, ["Bucket"] = "b" };
        var memo = LastParameters.Of(parameters, result)!;

        Assert.That(memo.Matches(new Dictionary<string, object?> { ["Region"] = "us-east-1", ["UseFIPS"] = false, ["Bucket"] = "b" }), Is.True);
        Assert.That(memo.Result, Is.SameAs(result));
        Assert.That(memo.Matches(new Dictionary<string, object?> { ["Region"] = "us-east-1", ["UseFIPS"] = false, ["Bucket"] = "c" }), Is.False);
        Assert.That(memo.Matches(new Dictionary<string, object?> { ["Region"] = "us-east-1", ["UseFIPS"] = "False", ["Bucket"] = "b" }), Is.False);
        Assert.That(memo.Matches(new Dictionary<string, object?> { ["UseFIPS"] = false, ["Region"] = "us-east-1", ["Bucket"] = "b" }), Is.False);
        Assert.That(memo.Matches(new Dictionary<string, object?> { ["Region"] = "us-east-1", ["UseFIPS"] = false }), Is.False);
        Assert.That(LastParameters.Of(new Dictionary<string, object?> { ["Keys"] = new List<object?> { "a" } }, result), Is.Null);
    }

    /// <summary>A transport answering <paramref name="count"/> GetItems with that item (request ids R0, R1…).</summary>
    internal static ScriptedTransport ItemAnswers(int count)
    {
        var transport = new ScriptedTransport();
        for (var i = 0; i < count; i++)
        {
            transport.Respond(200, ItemBody, ("x-amzn-RequestId", $"R{i}"));
        }
        return transport;
    }

    /// <summary>A GetItem of that item.</summary>
    internal static Task<GetItemOutput> GetItem(DynamoDBClient client) => client.GetItemAsync(new GetItemInput
    {
        TableName = "t",
        Key = new() { ["k"] = new AttributeValue { S = "1" } },
    });

    private static Session Session(ScriptedTransport transport)
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
            ["AWS_ACCESS_KEY_ID"] = "AKID",
            ["AWS_SECRET_ACCESS_KEY"] = "secret",
        };
        return new Session(environment: environment) { TimeProvider = new RecordingClock(), TransportFactory = _ => transport };
    }
}
