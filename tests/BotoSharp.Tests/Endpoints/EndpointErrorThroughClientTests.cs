using BotoSharp.Clients;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Endpoints;

/// <summary>
/// A rule-set error raised while a client resolves a call's endpoint reaches the caller as botocore's
/// <c>construct_endpoint</c> raises it (<c>ruleset_error_to_botocore_exception</c>, "raise ... from ex"): the same
/// exception type and message as botocore 1.43.11 for the same call, with nothing sent.
/// </summary>
[TestFixture]
public sealed class EndpointErrorThroughClientTests
{
    private const string Script = """
        import os, botocore.session
        os.environ.update(INPUT['env'])
        client = botocore.session.get_session().create_client(INPUT['service'], region_name='us-east-1',
            aws_access_key_id='AKIDSTUB', aws_secret_access_key='stub-secret')
        def refuse(**kwargs):
            raise RuntimeError('sent')
        client.meta.events.register('before-send', refuse)
        try:
            getattr(client, INPUT['method'])(**INPUT['params'])
            emit(None)
        except Exception as e:
            emit({'type': type(e).__name__, 'message': str(e)})
        """;

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("events", "PutEvents", "put_events", "{\"Entries\": [{\"Source\": \"x\"}], \"EndpointId\": \"a b\"}", "")
            .SetName("EventBridge: an EndpointId that is not a host label");
        yield return new TestCaseData("s3", "GetObject", "get_object",
            "{\"Bucket\": \"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\", \"Key\": \"k\"}", "false")
            .SetName("S3: an access point in another region with AWS_S3_USE_ARN_REGION=false");
    }

    [TestCaseSource(nameof(Cases))]
    public void The_translated_error_is_botocores(string service, string operation, string method, string parametersJson, string useArnRegion)
    {
        var environment = useArnRegion.Length > 0 ? new Dictionary<string, string> { ["AWS_S3_USE_ARN_REGION"] = useArnRegion } : [];
        var parameters = (Dictionary<string, object?>)PlainValues(System.Text.Json.Nodes.JsonNode.Parse(parametersJson))!;
        var expected = Botocore.Run(Script, new Dictionary<string, object?>
        {
            ["service"] = service, ["method"] = method, ["env"] = environment,
            ["params"] = System.Text.Json.Nodes.JsonNode.Parse(parametersJson),
        })!;

        var session = OfflineSession.Create(environment.Select(p => (p.Key, p.Value)).ToArray());
        var sent = 0;
        session.Register("before-send", _ => { sent++; return null; });
        var client = DynamicClient.Over(session.CreateClient(service));
        var error = Assert.CatchAsync<Exception>(() => client.InvokeAsync(operation, parameters))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.GetType().Name, Is.EqualTo((string)expected["type"]!));
            Assert.That(error.Message, Is.EqualTo((string)expected["message"]!));
            Assert.That(sent, Is.Zero);
        });
    }

    private static object? PlainValues(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => o.ToDictionary(p => p.Key, p => PlainValues(p.Value)),
        System.Text.Json.Nodes.JsonArray a => a.Select(PlainValues).ToList(),
        System.Text.Json.Nodes.JsonValue v => v.GetValue<object>() is System.Text.Json.JsonElement e ? e.GetString() : v.GetValue<object>(),
        _ => null,
    };
}
