using System.Text.Json.Nodes;
using BotoSharp.Models;
using BotoSharp.Protocols;
using BotoSharp.Protocols.Cbor;
using BotoSharp.Tests.Protocols.Support;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Protocols;

/// <summary>
/// CBOR responses for CloudWatch operations, encoded by botocore's own CBOR writer from a JSON description, parsed by
/// botocore's <c>RpcV2CBORParser</c> and ours: the dictionaries must match (timestamps as epoch seconds, bytes as base64).
/// </summary>
[TestFixture]
public sealed class CborParserDifferentialTests
{
    private static readonly (string Operation, int Status, string Body)[] s_cases =
    {
        ("GetMetricData", 200, """{"MetricDataResults": [{"Id": "a", "Label": "l", "Timestamps": [1577836800, 1577836860], "Values": [1.5, -2.0, 1e20], "StatusCode": "Complete"}], "NextToken": "t"}"""),
        ("DescribeAlarms", 200, """{"MetricAlarms": [{"AlarmName": "a", "StateUpdatedTimestamp": 1577836800, "Threshold": 0.25, "EvaluationPeriods": 3, "ActionsEnabled": true, "Dimensions": [{"Name": "d", "Value": "v"}]}]}"""),
        ("GetMetricWidgetImage", 200, """{"MetricWidgetImage": "cG5n"}"""),
        ("DeleteAlarms", 400, """{"__type": "com.amazonaws.cloudwatch#ResourceNotFound", "message": "missing"}"""),
        ("GetDashboard", 400, """{"__type": "InvalidParameterValueException", "message": "bad value"}"""),
    };

    private const string Script = """
import json, sys, os, base64, datetime
from botocore.model import ServiceModel
from botocore.serialize import RpcV2CBORSerializer
from botocore.parsers import RpcV2CBORParser
from botocore.awsrequest import HeadersDict
root, cases = sys.argv[1], json.loads(sys.argv[2])
folder = os.path.join(root, 'cloudwatch')
version = sorted(os.listdir(folder))[-1]
with open(os.path.join(folder, version, 'service-2.json')) as f:
    model = ServiceModel(json.load(f), 'cloudwatch')
def plain(value):
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return 'b64:' + base64.b64encode(value).decode()
    if isinstance(value, datetime.datetime):
        return value.timestamp()
    return value
out = []
for operation, status, body in cases:
    op = model.operation_model(operation)
    data = json.loads(body)
    encoded = bytearray()
    if status < 300:
        RpcV2CBORSerializer()._serialize_data_item(encoded, data, op.output_shape)
    else:
        # Error bodies are plain maps; encode them against a throwaway string-valued structure.
        from botocore.model import DenormalizedStructureBuilder
        shape = DenormalizedStructureBuilder().with_members({k: {'type': 'string'} for k in data}).build_model()
        RpcV2CBORSerializer()._serialize_data_item(encoded, data, shape)
    response = {'status_code': status, 'headers': HeadersDict({'x-amzn-requestid': 'R'}), 'body': bytes(encoded), 'context': {'operation_name': operation}}
    parser = RpcV2CBORParser()
    parsed = parser.parse(response, op.output_shape)
    if status >= 300:
        shape = model.shape_for_error_code(parsed['Error']['Code'])
        if shape is not None:
            parsed.update(parser.parse(response, shape))
    out.append({'body': base64.b64encode(bytes(encoded)).decode(), 'parsed': plain(parsed)})
print(json.dumps(out))
""";

    private static readonly Lazy<JsonArray> s_expected = new(() => (JsonArray)BotocoreOracle.Run(Script, RepoPaths.Models,
        new JsonArray(s_cases.Select(c => (JsonNode?)new JsonArray(c.Operation, c.Status, c.Body)).ToArray()).ToJsonString()));

    /// <summary>The cases, by index.</summary>
    public static IEnumerable<TestCaseData> Cases() => s_cases.Select((c, i) =>
        new TestCaseData(i).SetName($"cbor parse of cloudwatch {c.Operation} {c.Status} #{i} matches botocore's"));

    [TestCaseSource(nameof(Cases))]
    public void ParsesWhatBotocoreParses(int index)
    {
        var folder = Path.Combine(RepoPaths.Models, "cloudwatch");
        var version = Directory.GetDirectories(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Last()!;
        var model = ServiceModel.FromJson(File.ReadAllText(Path.Combine(folder, version, "service-2.json")), "cloudwatch");
        var expected = (JsonObject)s_expected.Value[index]!;
        var headers = new HeaderCollection();
        headers.Set("x-amzn-requestid", "R");
        var response = new ProtocolResponse(s_cases[index].Status, headers, Convert.FromBase64String(expected["body"]!.GetValue<string>()));
        var parsed = new RpcV2CborParser().Parse(response, model.OperationModel(s_cases[index].Operation));
        var actual = Plain(parsed);
        var wanted = PlainValues.FromJson(expected["parsed"]);
        Assert.That(PlainValues.AreEqual(actual, wanted, out var path), Is.True,
            $"differs at {path}\n actual:   {PlainValues.Describe(actual)}\n expected: {PlainValues.Describe(wanted)}");
    }

    private static object? Plain(object? value) => value switch
    {
        IDictionary<string, object?> d => d.ToDictionary(p => p.Key, p => Plain(p.Value), StringComparer.Ordinal),
        byte[] b => "b64:" + Convert.ToBase64String(b),
        DateTimeOffset t => (t - DateTimeOffset.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond,
        System.Collections.IList l => l.Cast<object?>().Select(Plain).ToList(),
        _ => value,
    };
}
