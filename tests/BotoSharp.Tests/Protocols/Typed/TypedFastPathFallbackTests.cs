using System.Text;
using BotoSharp.Clients;
using Ddb = BotoSharp.Services.DynamoDB;
using Ec2 = BotoSharp.Services.EC2;
using S3 = BotoSharp.Services.S3;
using Sqs = BotoSharp.Services.SQS;
using BotoSharp.Tests.Differential.TypedPath;

namespace BotoSharp.Tests.Protocols.Typed;

/// <summary>
/// When a typed call stays on the fast path and when it takes the dictionary path (the fallback rule in
/// DESIGN-NOTES): the benchmarked calls stay typed with the builtin rows registered, a user handler on a parameter
/// event moves the call to the dictionary path and sees the whole dictionary, and either way the bytes are the same.
/// </summary>
[TestFixture]
public sealed class TypedFastPathFallbackTests
{
    private static IEnumerable<TestCaseData> HotCalls()
    {
        yield return new TestCaseData("dynamodb", "GetItem", (Func<IRequestShape?>)(() => new Ddb.GetItemInput
        {
            TableName = "bench",
            Key = new() { ["pk"] = new Ddb.AttributeValue { S = "user#1" }, ["n"] = new Ddb.AttributeValue { N = "1.5" } },
            ConsistentRead = true,
        })).SetName("DynamoDB GetItem stays typed");
        yield return new TestCaseData("sqs", "SendMessage", (Func<IRequestShape?>)(() => new Sqs.SendMessageRequest
        {
            QueueUrl = "https://sqs.us-west-2.amazonaws.com/123456789012/q",
            MessageBody = "hello é",
            DelaySeconds = 3,
            MessageAttributes = new() { ["a"] = new Sqs.MessageAttributeValue { DataType = "String", StringValue = "v" } },
        })).SetName("SQS SendMessage stays typed");
        yield return new TestCaseData("s3", "PutObject", (Func<IRequestShape?>)(() => new S3.PutObjectRequest
        {
            Bucket = "bench-bucket",
            Key = "data/object.bin",
            Body = new MemoryStream(new byte[1024]),
            ContentType = "application/octet-stream",
            Metadata = new() { ["owner"] = "me" },
        })).SetName("S3 PutObject with a stream body stays typed");
        yield return new TestCaseData("sts", "GetCallerIdentity", (Func<IRequestShape?>)(() => null)).SetName("STS GetCallerIdentity stays typed");
        yield return new TestCaseData("ec2", "DescribeInstances", (Func<IRequestShape?>)(() => new Ec2.DescribeInstancesRequest
        {
            Filters = [new Ec2.Filter { Name = "instance-state-name", Values = ["running", "stopped"] }],
            MaxResults = 20,
        })).SetName("EC2 DescribeInstances stays typed");
    }

    [TestCaseSource(nameof(HotCalls))]
    public async Task ABenchmarkedCallStaysTypedAndSendsTheDictionaryPathsBytes(string service, string operation, Func<IRequestShape?> request)
    {
        var capture = new TypedPathCapture();
        var (typed, usedDictionary) = await capture.RunAsync(service, operation, request, dictionaryPath: false);
        var (dictionary, _) = await capture.RunAsync(service, operation, request, dictionaryPath: true);
        Assert.That(usedDictionary, Is.False);
        Assert.That(typed, Does.Not.StartWith("error"));
        Assert.That(typed, Is.EqualTo(dictionary));
    }

    [Test]
    public async Task AUserHandlerOnBeforeParameterBuildSeesTheWholeDictionary()
    {
        var capture = new TypedPathCapture();
        object? seenKey = null;
        capture.Client("dynamodb", dictionaryPath: false).Meta.Events.Register("before-parameter-build.dynamodb.GetItem", kwargs =>
        {
            seenKey = ((IDictionary<string, object?>)kwargs["params"]!)["Key"];
            return null;
        });
        Func<IRequestShape?> request = () => new Ddb.GetItemInput { TableName = "bench", Key = new() { ["pk"] = new Ddb.AttributeValue { S = "a" } } };
        var (sent, usedDictionary) = await capture.RunAsync("dynamodb", "GetItem", request, dictionaryPath: false);
        Assert.That(usedDictionary, Is.True);
        Assert.That(seenKey, Is.InstanceOf<Dictionary<string, object?>>());
        Assert.That(sent, Does.Contain(Convert.ToHexString(Encoding.ASCII.GetBytes("\"Key\": {\"pk\": {\"S\": \"a\"}}"))));
    }

    [Test]
    public async Task ARowThatAddsAParameterSendsTheCallDownTheDictionaryPathWithTheSameBytes()
    {
        // set_list_objects_encoding_type_url adds EncodingType=url: botocore's dictionary has it last.
        var capture = new TypedPathCapture();
        Func<IRequestShape?> request = () => new S3.ListObjectsV2Request { Bucket = "bench-bucket", Prefix = "p/", MaxKeys = 100 };
        var (typed, usedDictionary) = await capture.RunAsync("s3", "ListObjectsV2", request, dictionaryPath: false);
        var (dictionary, _) = await capture.RunAsync("s3", "ListObjectsV2", request, dictionaryPath: true);
        Assert.That(usedDictionary, Is.True);
        Assert.That(typed, Does.Contain("encoding-type=url"));
        Assert.That(typed, Is.EqualTo(dictionary));
    }

    [Test]
    public async Task ABuiltinRowOnTheCapturedTopLevelRaisesBotocoresErrorOnTheTypedPath()
    {
        var capture = new TypedPathCapture();
        Func<IRequestShape?> request = () => new S3.PutObjectRequest { Bucket = "a/b", Key = "k" };
        var (typed, usedDictionary) = await capture.RunAsync("s3", "PutObject", request, dictionaryPath: false);
        var (dictionary, _) = await capture.RunAsync("s3", "PutObject", request, dictionaryPath: true);
        Assert.That(usedDictionary, Is.False);
        Assert.That(typed, Does.StartWith("error ParamValidationError: Parameter validation failed:\nInvalid bucket name \"a/b\""));
        Assert.That(typed, Is.EqualTo(dictionary));
    }
}
