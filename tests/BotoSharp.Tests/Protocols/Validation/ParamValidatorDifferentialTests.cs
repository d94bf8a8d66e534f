using System.Text.Json.Nodes;
using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Protocols;
using BotoSharp.Protocols.Validation;
using BotoSharp.Tests.Protocols.Support;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Protocols.Validation;

/// <summary>
/// Validates the same parameters against real operations with botocore's <c>ParamValidator</c> and ours, and
/// requires the same report text, line for line.
/// </summary>
[TestFixture]
public sealed class ParamValidatorDifferentialTests
{
    private static readonly (string Service, string Operation, string Params)[] s_cases =
    {
        ("s3", "PutObject", "{}"),
        ("s3", "PutObject", """{"Bucket": "b", "Key": "k", "Foo": 1, "Bar": null}"""),
        ("s3", "PutObject", """{"Bucket": 1, "Key": "", "ContentLength": "x", "BucketKeyEnabled": "yes"}"""),
        ("s3", "PutObject", """{"Bucket": "b", "Key": "k", "Metadata": {"a": 1, "b": "ok"}, "Body": 5}"""),
        ("s3", "PutObject", """{"Bucket": "b", "Key": "k", "Expires": "not a date", "Tagging": ["x"]}"""),
        ("dynamodb", "PutItem", """{"TableName": "ab", "Item": {"k": {"S": 1}}}"""),
        ("dynamodb", "PutItem", """{"TableName": "tbl", "Item": {"k": {"S": "a", "N": "1"}, "e": {}}}"""),
        ("dynamodb", "Query", """{"TableName": "tbl", "Limit": 0, "ExclusiveStartKey": {"k": {"L": [{"S": "x"}, {"BOOL": "no"}]}}}"""),
        ("sqs", "SendMessage", """{"QueueUrl": "u", "MessageBody": "m", "DelaySeconds": 1.5, "MessageAttributes": {"a": {"DataType": 1}}}"""),
        ("kinesis", "PutRecord", """{"StreamName": "s", "Data": 3, "PartitionKey": ""}"""),
        ("ec2", "DescribeInstances", """{"InstanceIds": "i-1", "MaxResults": "5"}"""),
        ("ec2", "DescribeInstances", """{"InstanceIds": [1, "a", null], "Filters": [{"Name": "n", "Values": "v"}]}"""),
        ("cloudwatch", "GetMetricStatistics", """{"Namespace": "n", "MetricName": "m", "StartTime": "not a date", "EndTime": 123, "Period": 60, "Statistics": ["Sum", 1]}"""),
        ("cloudwatch", "PutMetricData", """{"Namespace": "n", "MetricData": [{"MetricName": "m", "Value": "x", "Values": [1, "2", 3.5]}]}"""),
        ("lambda", "Invoke", """{"FunctionName": "f", "Payload": ["a", {"b": true}]}"""),
        ("sts", "AssumeRole", """{"RoleArn": "arn:aws:iam::123456789012:role/r", "RoleSessionName": "s", "DurationSeconds": 10}"""),
        ("ssm", "GetParameters", """{"Names": []}"""),
        ("secretsmanager", "GetSecretValue", """{"SecretId": "s", "VersionId": "short"}"""),
        ("sqs", "ReceiveMessage", """[1, 2]"""),
        ("logs", "PutIntegration", """{"integrationName": "i", "integrationType": "OPENSEARCH", "resourceConfig": {}}"""),
        ("ssm", "StartExecutionPreview", """{"DocumentName": "d", "ExecutionInputs": {"Automation": {}, "Other": 1}}"""),
        ("cloudwatch", "PutMetricAlarm", """{"AlarmName": "a", "EvaluationPeriods": 1, "ComparisonOperator": "x", "EvaluationCriteria": {}}"""),
    };

    private static readonly Lazy<JsonArray> s_reports = new(() => BotocoreValidationReports.For(s_cases));

    private static readonly Dictionary<string, ServiceModel> s_models = new();

    /// <summary>The cases, by index.</summary>
    public static IEnumerable<TestCaseData> Cases() => s_cases.Select((c, i) =>
        new TestCaseData(i).SetName($"validation report for {c.Service} {c.Operation} #{i} matches botocore's"));

    [TestCaseSource(nameof(Cases))]
    public void ReportsWhatBotocoreReports(int index)
    {
        var (service, operation, json) = s_cases[index];
        var expected = s_reports.Value[index]!.GetValue<string>();
        var report = new ParamValidator().Validate(PlainValues.FromJson(JsonNode.Parse(json)), Model(service).OperationModel(operation).InputShape!);
        Assert.That(report.GenerateReport(), Is.EqualTo(expected));
        Assert.That(report.HasErrors, Is.EqualTo(expected.Length > 0));
    }

    [Test]
    public void AValidatingSerializerRaisesParamValidationErrorWithTheReport()
    {
        var operation = Model("sqs").OperationModel("SendMessage");
        var serializer = ProtocolFactory.CreateSerializer("json");
        var error = Assert.Throws<ParamValidationError>(() => serializer.Serialize(new Dictionary<string, object?>(), operation));
        Assert.That(error!.Message, Is.EqualTo("Parameter validation failed:\nMissing required parameter in input: \"QueueUrl\"\nMissing required parameter in input: \"MessageBody\""));
    }

    private static ServiceModel Model(string service)
    {
        lock (s_models)
        {
            if (!s_models.TryGetValue(service, out var model))
            {
                var folder = Path.Combine(RepoPaths.Models, service);
                var version = Directory.GetDirectories(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Last()!;
                model = ServiceModel.FromJson(File.ReadAllText(Path.Combine(folder, version, "service-2.json")), service);
                s_models[service] = model;
            }
            return model;
        }
    }
}
