using System.Text.Json.Nodes;
using BotoSharp.Clients;
using BotoSharp.Errors;
using BotoSharp.Loading;
using BotoSharp.Models;
using BotoSharp.Protocols.Typed.Writing;
using BotoSharp.Protocols.Validation;
using BotoSharp.Tests.Differential.TypedPath;
using BotoSharp.Tests.Protocols.Support;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Protocols.Typed;

/// <summary>
/// The typed validator reports what botocore's <c>ParamValidator</c> reports for the same input, line for line and in
/// the same order, for every problem a typed request can hold (missing required members at any depth, minimum lengths
/// and values, union arity, list and map constraints); the dictionary validator is checked beside it.
/// </summary>
[TestFixture]
public sealed class TypedValidationParityTests
{
    private static readonly (string Service, string Operation, string Params)[] s_cases =
    {
        ("dynamodb", "GetItem", """{"TableName": "ab"}"""),
        ("dynamodb", "PutItem", """{"TableName": "tbl", "Item": {"k": {"S": "a", "N": "1"}, "e": {}}}"""),
        ("dynamodb", "Query", """{"TableName": "tbl", "Limit": 0, "ExclusiveStartKey": {"k": {"L": [{"S": "x"}, {}]}}}"""),
        ("dynamodb", "BatchGetItem", """{"RequestItems": {"": {"Keys": []}}}"""),
        ("sqs", "SendMessage", """{"QueueUrl": "u"}"""),
        ("sqs", "SendMessage", """{"QueueUrl": "u", "MessageBody": "m", "MessageAttributes": {"a": {}, "b": {"DataType": "String"}}}"""),
        ("ssm", "GetParameters", """{"Names": []}"""),
        ("secretsmanager", "GetSecretValue", """{"SecretId": "s", "VersionId": "short"}"""),
        ("kinesis", "PutRecord", """{"StreamName": "s", "PartitionKey": ""}"""),
        ("sts", "AssumeRole", """{"RoleArn": "arn:aws:iam::123456789012:role/r", "RoleSessionName": "s", "DurationSeconds": 10}"""),
        ("s3", "PutObject", """{}"""),
        ("s3", "PutObject", """{"Bucket": "b", "Key": ""}"""),
        ("cloudwatch", "PutMetricData", """{"Namespace": "n", "MetricData": [{"Value": 1.5}, {"MetricName": "m", "Dimensions": [{"Name": "d"}]}]}"""),
        ("ec2", "DescribeInstances", """{"Filters": [{"Name": "n", "Values": ["a"]}], "MaxResults": 7}"""),
    };

    private static readonly Lazy<JsonArray> s_reports = new(() => BotocoreValidationReports.For(s_cases));

    /// <summary>The cases, by index.</summary>
    public static IEnumerable<TestCaseData> Cases() => s_cases.Select((c, i) =>
        new TestCaseData(i).SetName($"typed validation of {c.Service} {c.Operation} #{i} reports what botocore reports"));

    [TestCaseSource(nameof(Cases))]
    public void TypedReportMatchesBotocore(int index)
    {
        var (service, operation, json) = s_cases[index];
        var expected = s_reports.Value[index]!.GetValue<string>();
        var session = new Session(environment: new Dictionary<string, string> { ["HOME"] = Path.GetTempPath() });
        var input = session.GetServiceModel(service).OperationModel(operation).InputShape!;
        var parameters = (Dictionary<string, object?>)PlainValues.FromJson(JsonNode.Parse(json))!;
        var typed = TypedRequest(service, input, parameters);

        var typedReport = TypedParamValidator.Validate(typed, input).GenerateReport();
        var dictionaryReport = new ParamValidator().Validate(typed.ToParameters(), input).GenerateReport();

        Assert.That(typedReport, Is.EqualTo(expected));
        Assert.That(dictionaryReport, Is.EqualTo(expected));
    }

    [Test]
    public async Task ATypedCallRaisesTheDictionaryPathsParamValidationError()
    {
        var capture = new TypedPathCapture();
        Func<IRequestShape?> request = () => new BotoSharp.Services.DynamoDB.GetItemInput { TableName = "ab", Key = null! };
        var (typed, typedUsedDictionary) = await capture.RunAsync("dynamodb", "GetItem", request, dictionaryPath: false);
        var (dictionary, _) = await capture.RunAsync("dynamodb", "GetItem", request, dictionaryPath: true);
        Assert.That(typed, Is.EqualTo(dictionary));
        Assert.That(typedUsedDictionary, Is.False);
        Assert.That(typed, Does.StartWith($"error {nameof(ParamValidationError)}: Parameter validation failed:\n"));
        Assert.That(typed, Does.Contain("Missing required parameter in input: \"Key\""));
    }

    // The generated input type of the operation, built from the dictionary by its FromParsed.
    private static IRequestShape TypedRequest(string service, Shape input, Dictionary<string, object?> parameters)
    {
        var clientType = CompiledModelRegistry.Find(service)!.ClientType;
        var type = clientType.Assembly.GetType($"{clientType.Namespace}.{input.Name}")
            ?? throw new InvalidOperationException($"No generated type for {service} {input.Name}.");
        var read = typeof(ShapeValues).GetMethod(nameof(ShapeValues.ReadStructure))!.MakeGenericMethod(type);
        return (IRequestShape)read.Invoke(null, [parameters])!;
    }
}
