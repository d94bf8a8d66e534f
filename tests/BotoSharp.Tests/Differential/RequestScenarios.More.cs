using CloudWatch = BotoSharp.Services.CloudWatch;
using EC2 = BotoSharp.Services.EC2;
using IAM = BotoSharp.Services.IAM;
using Kinesis = BotoSharp.Services.Kinesis;
using KMS = BotoSharp.Services.KMS;
using Lambda = BotoSharp.Services.Lambda;
using SecretsManager = BotoSharp.Services.SecretsManager;
using SNS = BotoSharp.Services.SNS;
using SSM = BotoSharp.Services.SSM;
using STS = BotoSharp.Services.STS;

namespace BotoSharp.Tests.Differential;

internal static partial class RequestScenarios
{
    private static IEnumerable<RequestScenario> MoreMessaging()
    {
        yield return RequestScenario.Typed<SNS.SNSClient, SNS.PublishInput>("SNS Publish with message attributes", "sns", "Publish",
            () => new() { TopicArn = "arn:aws:sns:us-east-1:123456789012:diff-topic", Message = "hello & welcome", Subject = "Hi",
                MessageAttributes = new() { ["kind"] = new() { DataType = "String", StringValue = "greeting" } } },
            (c, r) => c.PublishAsync(r));
        yield return RequestScenario.Typed<SNS.SNSClient, SNS.CreateTopicInput>("SNS CreateTopic with tags", "sns", "CreateTopic",
            () => new() { Name = "diff-topic", Tags = [new() { Key = "team", Value = "sdk" }] },
            (c, r) => c.CreateTopicAsync(r));
        yield return RequestScenario.Typed<Kinesis.KinesisClient, Kinesis.PutRecordInput>("Kinesis PutRecord", "kinesis", "PutRecord",
            () => new() { StreamName = "diff-stream", Data = "payload\u00e9"u8.ToArray(), PartitionKey = "p1" },
            (c, r) => c.PutRecordAsync(r));
        yield return RequestScenario.Typed<Kinesis.KinesisClient, Kinesis.GetShardIteratorInput>("Kinesis GetShardIterator at a timestamp", "kinesis", "GetShardIterator",
            () => new() { StreamName = "diff-stream", ShardId = "shardId-000000000000", ShardIteratorType = "AT_TIMESTAMP",
                Timestamp = new DateTimeOffset(2025, 5, 6, 7, 8, 9, 500, TimeSpan.Zero) },
            (c, r) => c.GetShardIteratorAsync(r));
        yield return RequestScenario.Typed<CloudWatch.CloudWatchClient, CloudWatch.PutMetricDataInput>("CloudWatch PutMetricData (rpc-v2-cbor)", "cloudwatch", "PutMetricData",
            () => new()
            {
                Namespace = "Diff/App",
                MetricData = [new() { MetricName = "Latency", Value = 1.5, Unit = "Milliseconds", Timestamp = BotocoreOracle.FixedTime,
                    Dimensions = [new() { Name = "Host", Value = "a" }] }],
            },
            (c, r) => c.PutMetricDataAsync(r));
        yield return RequestScenario.Typed<CloudWatch.CloudWatchClient, CloudWatch.ListMetricsInput>("CloudWatch ListMetrics", "cloudwatch", "ListMetrics",
            () => new() { Namespace = "Diff/App", MetricName = "Latency" },
            (c, r) => c.ListMetricsAsync(r));
    }

    private static IEnumerable<RequestScenario> Compute()
    {
        yield return RequestScenario.Typed<EC2.EC2Client, EC2.RunInstancesRequest>("EC2 RunInstances with tags", "ec2", "RunInstances",
            () => new()
            {
                ImageId = "ami-12c6146b",
                MinCount = 1,
                MaxCount = 2,
                InstanceType = "t2.micro",
                ClientToken = "diff-token-1",
                SecurityGroupIds = ["sg-1", "sg-2"],
                TagSpecifications = [new() { ResourceType = "instance", Tags = [new() { Key = "Name", Value = "diff" }] }],
            },
            (c, r) => c.RunInstancesAsync(r));
        yield return RequestScenario.Typed<EC2.EC2Client, EC2.DescribeInstancesRequest>("EC2 DescribeInstances with filters", "ec2", "DescribeInstances",
            () => new()
            {
                Filters = [new() { Name = "tag:Name", Values = ["diff"] }, new() { Name = "instance-state-name", Values = ["running", "pending"] }],
                MaxResults = 5,
            },
            (c, r) => c.DescribeInstancesAsync(r));
        // inject_presigned_url_ec2: a PresignedUrl presigned in the source region, and DestinationRegion, join the form body.
        yield return RequestScenario.Typed<EC2.EC2Client, EC2.CopySnapshotRequest>("EC2 CopySnapshot across regions", "ec2", "CopySnapshot",
            () => new() { SourceRegion = "us-west-2", SourceSnapshotId = "snap-0123456789abcdef0", Description = "copy of a/b + c" },
            (c, r) => c.CopySnapshotAsync(r), region: "eu-west-1");
        yield return RequestScenario.Typed<EC2.EC2Client, EC2.CopySnapshotRequest>("EC2 CopySnapshot with the caller's PresignedUrl", "ec2", "CopySnapshot",
            () => new() { SourceRegion = "us-west-2", SourceSnapshotId = "snap-0123456789abcdef0", PresignedUrl = "https://example.com/presigned" },
            (c, r) => c.CopySnapshotAsync(r), region: "eu-west-1");
        yield return RequestScenario.Typed<EC2.EC2Client, EC2.TerminateInstancesRequest>("EC2 TerminateInstances", "ec2", "TerminateInstances",
            () => new() { InstanceIds = ["i-0123456789abcdef0"] },
            (c, r) => c.TerminateInstancesAsync(r));
        yield return RequestScenario.Typed<Lambda.LambdaClient, Lambda.InvocationRequest>("Lambda Invoke with headers and qualifier", "lambda", "Invoke",
            () => new() { FunctionName = "diff-fn", Payload = """{"x": 1}"""u8.ToArray(), InvocationType = "RequestResponse", LogType = "Tail", Qualifier = "live" },
            (c, r) => c.InvokeAsync(r));
        yield return RequestScenario.Typed<Lambda.LambdaClient, Lambda.ListFunctionsRequest>("Lambda ListFunctions with query string", "lambda", "ListFunctions",
            () => new() { FunctionVersion = "ALL", MaxItems = 10, Marker = "a/b=c" },
            (c, r) => c.ListFunctionsAsync(r));
    }

    private static IEnumerable<RequestScenario> Security()
    {
        yield return RequestScenario.Typed<STS.STSClient, STS.GetCallerIdentityRequest>("STS GetCallerIdentity with a session token", "sts", "GetCallerIdentity",
            () => new(), (c, r) => c.GetCallerIdentityAsync(r), token: "FwoGZXIvYXdzEXAMPLETOKEN");
        yield return RequestScenario.Typed<STS.STSClient, STS.AssumeRoleRequest>("STS AssumeRole with tags", "sts", "AssumeRole",
            () => new() { RoleArn = "arn:aws:iam::123456789012:role/diff", RoleSessionName = "diff-session", DurationSeconds = 900,
                Tags = [new() { Key = "team", Value = "sdk" }] },
            (c, r) => c.AssumeRoleAsync(r));
        yield return RequestScenario.Typed<IAM.IAMClient, IAM.CreateUserRequest>("IAM CreateUser with a path and tags", "iam", "CreateUser",
            () => new() { UserName = "diff-user", Path = "/team/", Tags = [new() { Key = "team", Value = "sdk" }] },
            (c, r) => c.CreateUserAsync(r));
        yield return RequestScenario.Typed<IAM.IAMClient, IAM.ListUsersRequest>("IAM ListUsers", "iam", "ListUsers",
            () => new() { PathPrefix = "/team/", MaxItems = 20 },
            (c, r) => c.ListUsersAsync(r));
        yield return RequestScenario.Typed<KMS.KMSClient, KMS.EncryptRequest>("KMS Encrypt with an encryption context", "kms", "Encrypt",
            () => new() { KeyId = "alias/diff", Plaintext = "secret"u8.ToArray(), EncryptionContext = new() { ["purpose"] = "test" } },
            (c, r) => c.EncryptAsync(r));
        yield return RequestScenario.Typed<KMS.KMSClient, KMS.DecryptRequest>("KMS Decrypt", "kms", "Decrypt",
            () => new() { CiphertextBlob = [1, 2, 3, 250, 251, 252] },
            (c, r) => c.DecryptAsync(r));
        yield return RequestScenario.Typed<SSM.SSMClient, SSM.PutParameterRequest>("SSM PutParameter", "ssm", "PutParameter",
            () => new() { Name = "/diff/param", Value = "v1", Type = "SecureString", Overwrite = true },
            (c, r) => c.PutParameterAsync(r));
        yield return RequestScenario.Typed<SSM.SSMClient, SSM.GetParameterRequest>("SSM GetParameter", "ssm", "GetParameter",
            () => new() { Name = "/diff/param", WithDecryption = true },
            (c, r) => c.GetParameterAsync(r));
        yield return RequestScenario.Typed<SecretsManager.SecretsManagerClient, SecretsManager.CreateSecretRequest>("SecretsManager CreateSecret", "secretsmanager", "CreateSecret",
            () => new() { Name = "diff-secret", SecretString = "s3cr3t", ClientRequestToken = "00000000-0000-4000-8000-000000000001" },
            (c, r) => c.CreateSecretAsync(r));
        yield return RequestScenario.Typed<SecretsManager.SecretsManagerClient, SecretsManager.GetSecretValueRequest>("SecretsManager GetSecretValue", "secretsmanager", "GetSecretValue",
            () => new() { SecretId = "diff-secret", VersionStage = "AWSCURRENT" },
            (c, r) => c.GetSecretValueAsync(r));
    }

    private static IEnumerable<RequestScenario> Dynamic()
    {
        // inject_presigned_url_rds: SourceRegion leaves the body and becomes a PreSignedUrl (rds, neptune, docdb).
        yield return RequestScenario.Dynamic("RDS CopyDBSnapshot across regions (dynamic client)", "rds", "CopyDBSnapshot",
            () => new() { ["SourceDBSnapshotIdentifier"] = "arn:aws:rds:us-west-2:123456789012:snapshot:src", ["TargetDBSnapshotIdentifier"] = "copy", ["SourceRegion"] = "us-west-2" },
            region: "eu-central-1");
        yield return RequestScenario.Dynamic("RDS CopyDBSnapshot within a region (dynamic client)", "rds", "CopyDBSnapshot",
            () => new() { ["SourceDBSnapshotIdentifier"] = "src", ["TargetDBSnapshotIdentifier"] = "copy" }, region: "eu-central-1");
        yield return RequestScenario.Dynamic("RDS CreateDBInstanceReadReplica with the caller's PreSignedUrl (dynamic client)", "rds", "CreateDBInstanceReadReplica",
            () => new() { ["DBInstanceIdentifier"] = "replica", ["SourceDBInstanceIdentifier"] = "arn:aws:rds:us-west-2:123456789012:db:src", ["SourceRegion"] = "us-west-2", ["PreSignedUrl"] = "https://example.com/p" },
            region: "eu-central-1");
        yield return RequestScenario.Dynamic("Neptune CreateDBCluster across regions (dynamic client)", "neptune", "CreateDBCluster",
            () => new() { ["DBClusterIdentifier"] = "c1", ["Engine"] = "neptune", ["SourceRegion"] = "us-east-2" }, region: "us-west-2");
        yield return RequestScenario.Dynamic("DocDB CopyDBClusterSnapshot across regions (dynamic client)", "docdb", "CopyDBClusterSnapshot",
            () => new() { ["SourceDBClusterSnapshotIdentifier"] = "arn:aws:rds:us-east-2:123456789012:cluster-snapshot:s", ["TargetDBClusterSnapshotIdentifier"] = "t", ["SourceRegion"] = "us-east-2" },
            region: "us-west-2");
        yield return RequestScenario.Dynamic("CloudWatch Logs PutLogEvents (dynamic client)", "logs", "PutLogEvents",
            () => new()
            {
                ["logGroupName"] = "/diff/group",
                ["logStreamName"] = "s1",
                ["logEvents"] = new List<object?> { new Dictionary<string, object?> { ["timestamp"] = 1767323045000L, ["message"] = "hi" } },
            });
        yield return RequestScenario.Dynamic("CloudWatch Logs CreateLogGroup (dynamic client)", "logs", "CreateLogGroup",
            () => new() { ["logGroupName"] = "/diff/group", ["tags"] = new Dictionary<string, object?> { ["team"] = "sdk" } });
        // events is compiled in for the end-to-end endpoint cases, so this goes through its typed client.
        yield return RequestScenario.Typed<global::BotoSharp.Services.EventBridge.EventBridgeClient, global::BotoSharp.Services.EventBridge.PutEventsRequest>(
            "EventBridge PutEvents with a timestamp", "events", "PutEvents",
            () => new()
            {
                Entries =
                [
                    new global::BotoSharp.Services.EventBridge.PutEventsRequestEntry
                    {
                        Source = "diff.app",
                        DetailType = "Thing",
                        Detail = """{"a":1}""",
                        Time = new DateTimeOffset(2025, 5, 6, 7, 8, 9, TimeSpan.Zero),
                    },
                ],
            },
            (client, request) => client.PutEventsAsync(request));
    }
}
