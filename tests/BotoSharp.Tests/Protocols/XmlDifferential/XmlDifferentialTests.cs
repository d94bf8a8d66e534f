using System.Text;
using System.Text.Json.Nodes;
using BotoSharp.Protocols;
using BotoSharp.Tests.Protocols.ResponseParsing;
using BotoSharp.Tests.Protocols.XmlConformance;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Protocols.XmlDifferential;

/// <summary>
/// Serializes real operations of query, ec2 and rest-xml services with the installed botocore (python3) and with
/// BotoSharp, against the same botocore models, and requires the same method, path, query string, headers and body
/// (rest-xml bodies compared canonically, form bodies byte for byte).
/// </summary>
public class XmlDifferentialTests
{
    private static readonly Lazy<JsonArray> s_botocore = new(RunBotocore);

    /// <summary>One test per case.</summary>
    public static IEnumerable<TestCaseData> Cases() =>
        DifferentialCases.All.Select((c, i) => new TestCaseData(i).SetName($"botocore differential: {c.Service} {c.Operation}"));

    [TestCaseSource(nameof(Cases))]
    public void TheRequestMatchesWhatBotocoreSerializes(int index)
    {
        if (BotocoreData.DataPath is null)
        {
            Assert.Inconclusive("python3 with botocore is needed for the differential check.");
        }
        var (service, operationName, json) = DifferentialCases.All[index];
        var model = BotocoreData.Service(service);
        var parameters = (IDictionary<string, object?>)PlainJsonReader.Parse(json)!;
        var request = ProtocolFactory.CreateSerializer(model.ResolvedProtocol).Serialize(parameters, model.OperationModel(operationName));
        var expected = s_botocore.Value[index]!.AsObject();
        var body = request.Body switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            Stream stream => new StreamReader(stream).ReadToEnd(),
            _ => string.Empty,
        };
        var expectedBody = expected["body"]?.GetValue<string>() ?? string.Empty;
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo(expected["method"]!.GetValue<string>()), "method");
            Assert.That(request.UrlPath, Is.EqualTo(expected["url_path"]!.GetValue<string>()), "path");
            Assert.That(request.QueryString.Encode(), Is.EqualTo(expected["query"]!.GetValue<string>()), "query string");
            Assert.That(request.HostPrefix, Is.EqualTo(expected["host_prefix"]?.GetValue<string>()), "host prefix");
            var actualHeaders = request.Headers.ToDictionary(h => h.Key, h => h.Value);
            var expectedHeaders = expected["headers"]!.AsObject().ToDictionary(h => h.Key, h => h.Value!.GetValue<string>());
            Assert.That(actualHeaders, Is.EquivalentTo(expectedHeaders), "headers");
            if (model.ResolvedProtocol == "rest-xml" && CanonicalXml.TryCanonicalize(expectedBody) is { } canonical)
            {
                Assert.That(CanonicalXml.TryCanonicalize(body), Is.EqualTo(canonical), "body (canonical XML)");
                Assert.That(body, Is.EqualTo(expectedBody), "body bytes");
            }
            else
            {
                Assert.That(body, Is.EqualTo(expectedBody), "body");
            }
        });
    }

    private static JsonArray RunBotocore()
    {
        var input = new JsonArray(DifferentialCases.All.Select(c => (JsonNode)new JsonObject
        {
            ["service"] = c.Service,
            ["operation"] = c.Operation,
            ["params"] = JsonNode.Parse(c.Params),
        }).ToArray());
        var script = Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", "Protocols", "XmlDifferential", "botocore_serialize.py");
        return JsonNode.Parse(PythonProcess.Run([script], input.ToJsonString()))!.AsArray();
    }
}
