using System.Text.Json.Nodes;
using BotoSharp.Clients;
using BotoSharp.Stubs;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Stubs;

/// <summary>
/// The same stubbed calls through botocore's Stubber (python3) and ours: the same outcome and the same error text —
/// expected-parameter mismatches printed by pformat, response and modeled-field validation, ANY, Python equality.
/// </summary>
[TestFixture]
public sealed class StubberDifferentialTests
{
    private static readonly string s_oracle = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", "Stubs", "stubber_oracle.py"));
    private static readonly string s_longPrefix = string.Join(" ", Enumerable.Range(0, 14).Select(i => $"folder{i}"));

    private static readonly JsonArray s_cases = new()
    {
        Response("head_object", "{}", """{"Bucket":"b","Key":"k"}""", """{"Bucket":"b","Key":"other"}"""),
        Response("list_objects_v2", "{}", """{"Bucket":"b"}""", """{"Bucket":"b","Prefix":"p"}"""),
        Response("list_objects_v2", "{}", """{"Bucket":"b","Prefix":"p"}""", """{"Bucket":"b"}"""),
        Response("list_objects_v2", "{}", $$"""{"Bucket":"bucket-with-a-long-name","Prefix":"{{s_longPrefix}}","MaxKeys":1000}""",
            $$"""{"Bucket":"bucket-with-a-long-name","Prefix":"{{s_longPrefix}} x","Delimiter":"/","StartAfter":"{{s_longPrefix}}","MaxKeys":1000}"""),
        Response("put_object_tagging", "{}", """{"Bucket":"b","Key":"k","Tagging":{"TagSet":[{"Key":"environment","Value":"production"},{"Key":"team","Value":"storage"},{"Key":"cost-centre","Value":"1234"}]}}""",
            """{"Bucket":"b","Key":"k","Tagging":{"TagSet":[{"Key":"environment","Value":"production"},{"Key":"team","Value":"storage"},{"Key":"cost-centre","Value":"4321"}]}}"""),
        Response("head_object", "{}", """{"Bucket":"<ANY>","Key":"k"}""", """{"Bucket":"zz","Key":"k2"}"""),
        Response("head_object", "{}", """{"Bucket":"<ANY>","Key":"k"}""", """{"Bucket":"zz","Key":"k"}"""),
        Response("list_objects_v2", "{}", """{"Bucket":"b","FetchOwner":1,"MaxKeys":5.0}""", """{"Bucket":"b","FetchOwner":true,"MaxKeys":5}"""),
        Response("head_object", "{}", """{"Bucket":"b","Key":"plain"}""", """{"Bucket":"b","Key":"it's \"quoted\" \u00e9\n\ttab \u0001 \u2028"}"""),
        Response("head_object", "{}", """{"Bucket":"b","Key":"k"}""",
            $$"""{"Bucket":"b","Key":"{{new string('x', 120)}}"}"""),
        Response("head_object", "{}", """{"Bucket":"b","Key":"k"}""",
            $$"""{"Bucket":"b","Key":"first line\nsecond line {{s_longPrefix}}\nthird"}"""),
        Response("list_objects_v2", """{"KeyCount":"x","Contents":[{"Key":5}],"Nope":1}""", null, """{"Bucket":"b"}"""),
        Response("list_objects_v2", """{"KeyCount":2,"Contents":[{"Key":"a","Size":1}],"ResponseMetadata":{"RequestId":"r"}}""", null, """{"Bucket":"b"}"""),
        Response("delete_bucket", """{"X":1}""", null, """{"Bucket":"b"}"""),
        Response("delete_bucket", """{"ResponseMetadata":{"RequestId":"r"}}""", null, """{"Bucket":"b"}"""),
        ClientError("get_object", "InvalidObjectState", """{"StorageClass":5,"Other":"x"}""", """{"Bucket":"b","Key":"k"}"""),
        ClientError("get_object", "NoSuchThing", """{"StorageClass":"GLACIER"}""", """{"Bucket":"b","Key":"k"}"""),
        ClientError("get_object", "InvalidObjectState", """{"StorageClass":"GLACIER"}""", """{"Bucket":"b","Key":"k"}"""),
    };

    /// <summary>Every case ends the same way in botocore and here, with the same error type and text.</summary>
    [Test]
    public async Task Every_case_agrees_with_botocore()
    {
        var expected = Botocore.Run(s_oracle, s_cases)!.AsArray().Select(n => n?.GetValue<string>()).ToList();
        using var s3 = StubberClients.S3(out _);
        var client = DynamicClient.Over(s3);
        var actual = new List<string?>();
        foreach (var node in s_cases)
        {
            actual.Add(await RunAsync(client, node!.AsObject()));
        }
        Assert.Multiple(() =>
        {
            for (var i = 0; i < s_cases.Count; i++)
            {
                Assert.That(actual[i], Is.EqualTo(expected[i]), $"case {i}: {s_cases[i]!.ToJsonString()}");
            }
        });
        Assert.That(expected.Count(e => e is null), Is.EqualTo(4), "the four cases that pass (ANY, True == 1, two valid responses) pass in botocore too");
    }

    private static async Task<string?> RunAsync(DynamicClient client, JsonObject stubCase)
    {
        var stubber = new Stubber(client);
        var operation = (string)stubCase["operation"]!;
        var expectedParams = Plain(stubCase["expected"]) as IDictionary<string, object?>;
        try
        {
            if ((string)stubCase["kind"]! == "response")
            {
                stubber.AddResponse(operation, (IDictionary<string, object?>)Plain(stubCase["response"])!, expectedParams);
            }
            else
            {
                stubber.AddClientError(operation, (string)stubCase["code"]!, "m", 400, modeledFields: (IDictionary<string, object?>)Plain(stubCase["modeled"])!,
                    expectedParams: expectedParams);
            }
            using (stubber.Activate())
            {
                await client.InvokeAsync(OperationName(client, operation), (IDictionary<string, object?>)Plain(stubCase["actual"])!);
            }
            return null;
        }
        catch (Exception error)
        {
            return error.GetType().Name + ": " + error.Message;
        }
    }

    private static string OperationName(DynamicClient client, string method) =>
        client.OperationNames.Single(o => string.Concat(o.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()))
            .Replace("v_2", "v2", StringComparison.Ordinal) == method);

    private static JsonObject Response(string operation, string response, string? expected, string actual) => new()
    {
        ["kind"] = "response",
        ["operation"] = operation,
        ["response"] = JsonNode.Parse(response),
        ["expected"] = expected is null ? null : JsonNode.Parse(expected),
        ["actual"] = JsonNode.Parse(actual),
    };

    private static JsonObject ClientError(string operation, string code, string modeled, string actual) => new()
    {
        ["kind"] = "error",
        ["operation"] = operation,
        ["code"] = code,
        ["modeled"] = JsonNode.Parse(modeled),
        ["actual"] = JsonNode.Parse(actual),
    };

    private static object? Plain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => Plain(p.Value), StringComparer.Ordinal),
        JsonArray array => array.Select(Plain).ToList(),
        JsonValue value when value.TryGetValue<bool>(out var b) => b,
        JsonValue value when value.ToJsonString().Contains('.', StringComparison.Ordinal) => value.GetValue<double>(),
        JsonValue value when value.TryGetValue<long>(out var l) => l,
        JsonValue value => value.GetValue<string>() is "<ANY>" ? Stubber.Any : value.GetValue<string>(),
        _ => throw new ArgumentException($"Unsupported JSON node {node.GetType().Name}"),
    };
}
