using System.Text;
using System.Text.Json.Nodes;
using BotoSharp.Models;
using BotoSharp.Protocols;
using BotoSharp.Tests.Protocols.Support;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Protocols;

/// <summary>
/// Serializes the same parameters for real operations of the bundled json and rest-json services with botocore
/// (validation on) and with ours, and requires the identical request: method, path, query string, headers in
/// order, and the body byte for byte (which is what makes payload hashes and signatures agree).
/// </summary>
[TestFixture]
public sealed class SerializerDifferentialTests
{
    private static readonly (string Service, string Operation, string Params)[] s_cases =
    {
        ("dynamodb", "PutItem", """{"TableName": "tbl", "Item": {"pk": {"S": "caf\u00e9 \ud83d\ude00 \"q\" \\ \n\t"}, "n": {"N": "1.50"}, "b": {"B": "aGk="}, "l": {"L": [{"BOOL": true}, {"NULL": true}, {"SS": ["a", "b"]}]}, "m": {"M": {"x": {"N": "-1"}}}}, "ReturnValues": "ALL_OLD"}"""),
        ("dynamodb", "Query", """{"TableName": "tbl", "KeyConditionExpression": "pk = :v", "ExpressionAttributeValues": {":v": {"S": "1"}}, "Limit": 10, "ConsistentRead": false, "ScanIndexForward": true}"""),
        ("dynamodb", "ListTables", "{}"),
        ("kinesis", "PutRecord", """{"StreamName": "s", "Data": "hello world", "PartitionKey": "p", "ExplicitHashKey": "1"}"""),
        ("kinesis", "ListShards", """{"StreamName": "s", "StreamCreationTimestamp": "2020-01-01T00:00:00.500Z", "MaxResults": 5}"""),
        ("kinesis", "GetShardIterator", """{"StreamName": "s", "ShardId": "0", "ShardIteratorType": "AT_TIMESTAMP", "Timestamp": 1577836800}"""),
        ("logs", "PutLogEvents", """{"logGroupName": "g", "logStreamName": "s", "logEvents": [{"timestamp": 1577836800000, "message": "m1"}, {"timestamp": 1577836800001, "message": "\u0001\u001f"}]}"""),
        ("cloudwatch", "PutMetricData", """{"Namespace": "n", "MetricData": [{"MetricName": "m", "Value": 1.5, "Values": [1, 2.25, 1e20, 1e-7, 123456789.125, 0.1], "Counts": [1.0, 2.0], "Timestamp": "2020-01-01T00:00:00Z", "StorageResolution": 1, "Dimensions": [{"Name": "d", "Value": "v"}]}]}"""),
        ("cloudwatch", "GetMetricStatistics", """{"Namespace": "n", "MetricName": "m", "StartTime": "2020-01-01T00:00:00+02:00", "EndTime": 1577840400.75, "Period": 60, "Statistics": ["Sum"]}"""),
        ("sqs", "SendMessage", """{"QueueUrl": "https://q", "MessageBody": "body", "DelaySeconds": 5, "MessageAttributes": {"a": {"DataType": "Binary", "BinaryValue": "YmluYXJ5"}, "b": {"DataType": "String", "StringValue": "s"}}}"""),
        ("sqs", "ReceiveMessage", """{"QueueUrl": "https://q", "MaxNumberOfMessages": 10, "MessageAttributeNames": ["All"]}"""),
        ("events", "PutEvents", """{"Entries": [{"Time": "2021-06-01T12:30:45.123456Z", "Source": "s", "DetailType": "d", "Detail": "{}"}]}"""),
        ("ssm", "PutParameter", """{"Name": "/a/b", "Value": "v", "Type": "SecureString", "Overwrite": true, "Tags": [{"Key": "k", "Value": "v"}]}"""),
        ("secretsmanager", "CreateSecret", """{"Name": "n", "ClientRequestToken": "tok-1234567890-1234567890-1234567890", "SecretBinary": "c2VjcmV0"}"""),
        ("kms", "Encrypt", """{"KeyId": "alias/k", "Plaintext": "plain text", "EncryptionContext": {"a": "b"}}"""),
        ("lambda", "Invoke", """{"FunctionName": "my-func", "InvocationType": "Event", "LogType": "Tail", "ClientContext": "e30=", "Payload": "{\"k\": 1}", "Qualifier": "1"}"""),
        ("lambda", "Invoke", """{"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:f:alias"}"""),
        ("lambda", "ListFunctions", """{"MasterRegion": "us-east-1", "FunctionVersion": "ALL", "Marker": "a b/c~d", "MaxItems": 50}"""),
        ("lambda", "CreateFunction", """{"FunctionName": "f", "Role": "arn:aws:iam::123456789012:role/r", "Code": {"ZipFile": "UEsDBA=="}, "Environment": {"Variables": {"A": "1"}}, "Tags": {"t": "v"}, "Timeout": 3, "MemorySize": 128, "Publish": true}"""),
        ("lambda", "GetFunction", """{"FunctionName": "f", "Qualifier": "$LATEST"}"""),
        ("lambda", "ListTags", """{"Resource": "arn:aws:lambda:us-east-1:123456789012:function:f"}"""),
        ("lambda", "PutFunctionConcurrency", """{"FunctionName": "f", "ReservedConcurrentExecutions": 10}"""),
        ("lambda", "DeleteFunction", """{"FunctionName": "f"}"""),
        ("sso", "GetRoleCredentials", """{"roleName": "r", "accountId": "123456789012", "accessToken": "tok"}"""),
        ("sso-oidc", "CreateToken", """{"clientId": "c", "clientSecret": "s", "grantType": "refresh_token", "refreshToken": "r", "scope": ["a", "b"]}"""),
    };

    private const string Script = """
import json, sys, os, base64
from botocore.model import ServiceModel
from botocore.serialize import create_serializer
from botocore.utils import percent_encode_sequence
root, cases = sys.argv[1], json.loads(sys.argv[2])
out = []
for service, operation, params in cases:
    folder = os.path.join(root, service)
    version = sorted(os.listdir(folder))[-1]
    with open(os.path.join(folder, version, 'service-2.json')) as f:
        model = ServiceModel(json.load(f), service)
    request = create_serializer(model.resolved_protocol).serialize_to_request(json.loads(params), model.operation_model(operation))
    query = request['query_string']
    out.append({
        'method': request['method'], 'url_path': request['url_path'],
        'query': percent_encode_sequence(query) if isinstance(query, dict) else query,
        'headers': [[k, v] for k, v in request['headers'].items()],
        'body': base64.b64encode(request['body']).decode(),
        'host_prefix': request.get('host_prefix'),
    })
print(json.dumps(out))
""";

    private static readonly Lazy<JsonArray> s_expected = new(() => (JsonArray)BotocoreOracle.Run(Script, RepoPaths.Models,
        new JsonArray(s_cases.Select(c => (JsonNode?)new JsonArray(c.Service, c.Operation, c.Params)).ToArray()).ToJsonString()));

    /// <summary>The cases, by index.</summary>
    public static IEnumerable<TestCaseData> Cases() => s_cases.Select((c, i) =>
        new TestCaseData(i).SetName($"request for {c.Service} {c.Operation} #{i} is botocore's byte for byte"));

    [TestCaseSource(nameof(Cases))]
    public void SerializesTheSameRequestAsBotocore(int index)
    {
        var (service, operation, json) = s_cases[index];
        var model = LoadModel(service);
        var expected = (JsonObject)s_expected.Value[index]!;
        var parameters = (IDictionary<string, object?>)PlainValues.FromJson(JsonNode.Parse(json))!;
        var request = ProtocolFactory.CreateSerializer(model.ResolvedProtocol).Serialize(parameters, model.OperationModel(operation));

        Assert.That(request.Method, Is.EqualTo(expected["method"]!.GetValue<string>()), "method");
        Assert.That(request.UrlPath, Is.EqualTo(expected["url_path"]!.GetValue<string>()), "url path");
        Assert.That(request.QueryString.Encode(), Is.EqualTo(expected["query"]!.GetValue<string>()), "query string");
        var headers = request.Headers.Select(h => $"{h.Key}: {h.Value}").ToList();
        var expectedHeaders = expected["headers"]!.AsArray().Select(h => $"{h![0]}: {h[1]}").ToList();
        Assert.That(headers, Is.EqualTo(expectedHeaders), "headers");
        var body = request.Body as byte[] ?? Array.Empty<byte>();
        Assert.That(Encoding.UTF8.GetString(body), Is.EqualTo(Encoding.UTF8.GetString(Convert.FromBase64String(expected["body"]!.GetValue<string>()))), "body");
        Assert.That(request.HostPrefix, Is.EqualTo(expected["host_prefix"]?.GetValue<string>()), "host prefix");
    }

    private static ServiceModel LoadModel(string service)
    {
        var folder = Path.Combine(RepoPaths.Models, service);
        var version = Directory.GetDirectories(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Last()!;
        return ServiceModel.FromJson(File.ReadAllText(Path.Combine(folder, version, "service-2.json")), service);
    }
}
