using System.Collections;
using System.Text;
using System.Text.Json.Nodes;
using BotoSharp.Protocols;
using BotoSharp.Tests.Protocols.ResponseParsing;
using BotoSharp.Tests.Protocols.Support;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Protocols.XmlDifferential;

/// <summary>
/// Parses real query, ec2 and rest-xml responses (headers, errors, modeled error members included) with the installed
/// botocore and with BotoSharp against the same models, and requires identical results, <c>ResponseMetadata</c> too.
/// </summary>
public class XmlParseDifferentialTests
{
    private static readonly Lazy<JsonArray> s_botocore = new(RunBotocore);

    /// <summary>One test per case.</summary>
    public static IEnumerable<TestCaseData> Cases() => ParseDifferentialCases.All
        .Select((c, i) => new TestCaseData(i).SetName($"botocore parse differential: {c.Service} {c.Operation} {c.Status}"));

    [TestCaseSource(nameof(Cases))]
    public void TheParsedResponseMatchesBotocore(int index)
    {
        if (BotocoreData.DataPath is null)
        {
            Assert.Inconclusive("python3 with botocore is needed for the differential check.");
        }
        var (service, operation, status, headersJson, body) = ParseDifferentialCases.All[index];
        var model = BotocoreData.Service(service);
        var headers = new HeaderCollection();
        foreach (var (name, value) in JsonNode.Parse(headersJson)!.AsObject())
        {
            headers.Set(name, value!.GetValue<string>());
        }
        var parsed = ProtocolFactory.CreateParser(model.ResolvedProtocol)
            .Parse(new ProtocolResponse(status, headers, Encoding.UTF8.GetBytes(body)), model.OperationModel(operation));
        var expected = PlainValues.FromJson(s_botocore.Value[index]);
        var actual = Plain(parsed);
        Assert.That(PlainValues.AreEqual(actual, expected, out var path), Is.True,
            () => $"differs at {path}\n actual:   {PlainValues.Describe(actual)}\n expected: {PlainValues.Describe(expected)}");
    }

    // The same encoding the python side uses for values JSON cannot carry.
    private static object? Plain(object? value) => value switch
    {
        DateTimeOffset t => new Dictionary<string, object?> { ["$timestamp"] = (t.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10 / 1e6 },
        byte[] b => new Dictionary<string, object?> { ["$bytes"] = Convert.ToBase64String(b) },
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Plain(p.Value)),
        IList list => list.Cast<object?>().Select(Plain).ToList(),
        _ => value,
    };

    private static JsonArray RunBotocore()
    {
        var input = new JsonArray(ParseDifferentialCases.All.Select(c => (JsonNode)new JsonObject
        {
            ["service"] = c.Service,
            ["operation"] = c.Operation,
            ["status"] = c.Status,
            ["headers"] = JsonNode.Parse(c.Headers),
            ["body"] = c.Body,
        }).ToArray());
        var script = Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", "Protocols", "XmlDifferential", "botocore_parse.py");
        return JsonNode.Parse(PythonProcess.Run([script], input.ToJsonString()))!.AsArray();
    }
}
