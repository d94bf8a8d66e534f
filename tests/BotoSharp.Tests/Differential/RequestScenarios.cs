using System.Text;
using DynamoDB = BotoSharp.Services.DynamoDB;
using S3 = BotoSharp.Services.S3;
using SQS = BotoSharp.Services.SQS;

namespace BotoSharp.Tests.Differential;

/// <summary>The operations the differential tests send through both SDKs: every protocol, the common calls of each service.</summary>
internal static partial class RequestScenarios
{
    /// <summary>Every scenario, in a fixed order.</summary>
    public static IEnumerable<RequestScenario> All() => Storage().Concat(Messaging()).Concat(Compute()).Concat(Security()).Concat(Dynamic());

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static IEnumerable<RequestScenario> Storage()
    {
        yield return RequestScenario.Typed<S3.S3Client, S3.PutObjectRequest>("S3 PutObject (aws-chunked, CRC32 trailer)", "s3", "PutObject",
            () => new() { Bucket = "diff-bucket", Key = "dir/a b+c~.txt", Body = new MemoryStream(Utf8("hello, world")), ContentType = "text/plain",
                Metadata = new() { ["owner"] = "tests" } },
            (c, r) => c.PutObjectAsync(r));
        yield return RequestScenario.Typed<S3.S3Client, S3.GetObjectRequest>("S3 GetObject with range and conditional date", "s3", "GetObject",
            () => new() { Bucket = "diff-bucket", Key = "dir/a.txt", Range = "bytes=0-9", IfModifiedSince = new DateTimeOffset(2025, 5, 6, 7, 8, 9, TimeSpan.Zero) },
            (c, r) => c.GetObjectAsync(r));
        yield return RequestScenario.Typed<S3.S3Client, S3.ListObjectsV2Request>("S3 ListObjectsV2", "s3", "ListObjectsV2",
            () => new() { Bucket = "diff-bucket", Prefix = "dir/", MaxKeys = 5, Delimiter = "/" },
            (c, r) => c.ListObjectsV2Async(r));
        yield return RequestScenario.Typed<S3.S3Client, S3.HeadObjectRequest>("S3 HeadObject in eu-west-1", "s3", "HeadObject",
            () => new() { Bucket = "diff-bucket", Key = "k" },
            (c, r) => c.HeadObjectAsync(r), region: "eu-west-1");
        yield return RequestScenario.Typed<S3.S3Client, S3.DeleteObjectRequest>("S3 DeleteObject", "s3", "DeleteObject",
            () => new() { Bucket = "diff-bucket", Key = "k", VersionId = "v1" },
            (c, r) => c.DeleteObjectAsync(r));
        yield return RequestScenario.Typed<S3.S3Client, S3.CreateBucketRequest>("S3 CreateBucket with a location constraint", "s3", "CreateBucket",
            () => new() { Bucket = "diff-bucket-eu", CreateBucketConfiguration = new() { LocationConstraint = "eu-west-1" } },
            (c, r) => c.CreateBucketAsync(r), region: "eu-west-1");
        yield return RequestScenario.Typed<S3.S3Client, S3.DeleteObjectsRequest>("S3 DeleteObjects (required checksum)", "s3", "DeleteObjects",
            () => new() { Bucket = "diff-bucket", Delete = new() { Objects = [new() { Key = "a" }, new() { Key = "b&c" }], Quiet = true } },
            (c, r) => c.DeleteObjectsAsync(r));
        yield return RequestScenario.Typed<DynamoDB.DynamoDBClient, DynamoDB.PutItemInput>("DynamoDB PutItem", "dynamodb", "PutItem",
            () => new()
            {
                TableName = "diff-table",
                Item = new()
                {
                    ["pk"] = new() { S = "k1" },
                    ["n"] = new() { N = "42" },
                    ["b"] = new() { B = Utf8("bin") },
                    ["l"] = new() { L = [new() { S = "x" }, new() { N = "1.5" }] },
                    ["m"] = new() { M = new() { ["inner"] = new() { SS = ["a", "b"] } } },
                },
                ConditionExpression = "attribute_not_exists(pk)",
            },
            (c, r) => c.PutItemAsync(r));
        yield return RequestScenario.Typed<DynamoDB.DynamoDBClient, DynamoDB.QueryInput>("DynamoDB Query", "dynamodb", "Query",
            () => new()
            {
                TableName = "diff-table",
                KeyConditionExpression = "pk = :pk",
                ExpressionAttributeValues = new() { [":pk"] = new() { S = "k1" } },
                Limit = 10,
                ScanIndexForward = false,
            },
            (c, r) => c.QueryAsync(r));
        yield return RequestScenario.Typed<DynamoDB.DynamoDBClient, DynamoDB.UpdateItemInput>("DynamoDB UpdateItem", "dynamodb", "UpdateItem",
            () => new()
            {
                TableName = "diff-table",
                Key = new() { ["pk"] = new() { S = "k1" } },
                UpdateExpression = "SET n = n + :one",
                ExpressionAttributeValues = new() { [":one"] = new() { N = "1" } },
                ReturnValues = "ALL_NEW",
            },
            (c, r) => c.UpdateItemAsync(r));
        yield return RequestScenario.Typed<DynamoDB.DynamoDBClient, DynamoDB.CreateTableInput>("DynamoDB CreateTable", "dynamodb", "CreateTable",
            () => new()
            {
                TableName = "diff-table",
                AttributeDefinitions = [new() { AttributeName = "pk", AttributeType = "S" }],
                KeySchema = [new() { AttributeName = "pk", KeyType = "HASH" }],
                BillingMode = "PAY_PER_REQUEST",
            },
            (c, r) => c.CreateTableAsync(r));
    }

    private static IEnumerable<RequestScenario> Messaging()
    {
        const string queue = "https://sqs.us-east-1.amazonaws.com/123456789012/diff-queue";
        yield return RequestScenario.Typed<SQS.SQSClient, SQS.SendMessageRequest>("SQS SendMessage with attributes", "sqs", "SendMessage",
            () => new() { QueueUrl = queue, MessageBody = "hello", DelaySeconds = 0,
                MessageAttributes = new() { ["kind"] = new() { DataType = "String", StringValue = "greeting" } } },
            (c, r) => c.SendMessageAsync(r));
        yield return RequestScenario.Typed<SQS.SQSClient, SQS.ReceiveMessageRequest>("SQS ReceiveMessage", "sqs", "ReceiveMessage",
            () => new() { QueueUrl = queue, MaxNumberOfMessages = 10, WaitTimeSeconds = 0, MessageAttributeNames = ["All"] },
            (c, r) => c.ReceiveMessageAsync(r));
        yield return RequestScenario.Typed<SQS.SQSClient, SQS.CreateQueueRequest>("SQS CreateQueue in eu-west-1", "sqs", "CreateQueue",
            () => new() { QueueName = "diff-queue", Attributes = new() { ["VisibilityTimeout"] = "30" } },
            (c, r) => c.CreateQueueAsync(r), region: "eu-west-1");
        foreach (var scenario in MoreMessaging())
        {
            yield return scenario;
        }
    }
}
