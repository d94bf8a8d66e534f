using BenchmarkDotNet.Attributes;
using Benchmarks.Stub;
using AwsDdb = Amazon.DynamoDBv2.Model;
using AwsEc2 = Amazon.EC2.Model;
using AwsS3 = Amazon.S3.Model;
using AwsSqs = Amazon.SQS.Model;
using AwsSts = Amazon.SecurityToken.Model;
using Ddb = BotoSharp.Services.DynamoDB;
using Ec2 = BotoSharp.Services.EC2;
using S3 = BotoSharp.Services.S3;
using Sqs = BotoSharp.Services.SQS;
using Sts = BotoSharp.Services.STS;

namespace Benchmarks;

/// <summary>The calls: each pair builds its request the idiomatic way for its SDK and awaits the parsed result.</summary>
public partial class CallBenchmarks
{
    /// <summary>DynamoDB GetItem of a 10-attribute item, AWS SDK.</summary>
    [Benchmark(Baseline = true, Description = "AWS SDK"), BenchmarkCategory("DynamoDB GetItem")]
    public Task<AwsDdb.GetItemResponse> AwsSdkGetItem() => _awsDdb.GetItemAsync(new AwsDdb.GetItemRequest
    {
        TableName = "users",
        Key = new() { ["pk"] = new AwsDdb.AttributeValue { S = "user#1234" }, ["sk"] = new AwsDdb.AttributeValue { S = "profile" } },
    });

    /// <summary>DynamoDB GetItem of a 10-attribute item, BotoSharp typed client.</summary>
    [Benchmark(Description = "BotoSharp"), BenchmarkCategory("DynamoDB GetItem")]
    public Task<Ddb.GetItemOutput> BotoSharpGetItem() => _ddb.GetItemAsync(new Ddb.GetItemInput
    {
        TableName = "users",
        Key = new() { ["pk"] = new Ddb.AttributeValue { S = "user#1234" }, ["sk"] = new Ddb.AttributeValue { S = "profile" } },
    });

    /// <summary>DynamoDB GetItem of a 10-attribute item, BotoSharp dynamic client (botocore-shaped dictionaries).</summary>
    [Benchmark(Description = "BotoSharp dynamic"), BenchmarkCategory("DynamoDB GetItem")]
    public Task<Dictionary<string, object?>> BotoSharpDynamicGetItem() => _ddbDynamic.InvokeAsync("GetItem", new Dictionary<string, object?>
    {
        ["TableName"] = "users",
        ["Key"] = new Dictionary<string, object?>
        {
            ["pk"] = new Dictionary<string, object?> { ["S"] = "user#1234" },
            ["sk"] = new Dictionary<string, object?> { ["S"] = "profile" },
        },
    });

    /// <summary>S3 PutObject of 1 KiB, AWS SDK.</summary>
    [Benchmark(Baseline = true, Description = "AWS SDK"), BenchmarkCategory("S3 PutObject 1 KiB")]
    public Task<AwsS3.PutObjectResponse> AwsSdkPutObject() =>
        _awsPut.PutObjectAsync(new AwsS3.PutObjectRequest { BucketName = "bench-bucket", Key = "data/object.bin", InputStream = new MemoryStream(s_object) });

    /// <summary>S3 PutObject of 1 KiB, BotoSharp.</summary>
    [Benchmark(Description = "BotoSharp"), BenchmarkCategory("S3 PutObject 1 KiB")]
    public Task<S3.PutObjectOutput> BotoSharpPutObject() =>
        _put.PutObjectAsync(new S3.PutObjectRequest { Bucket = "bench-bucket", Key = "data/object.bin", Body = new MemoryStream(s_object) });

    /// <summary>S3 ListObjectsV2 returning 100 keys, AWS SDK.</summary>
    [Benchmark(Baseline = true, Description = "AWS SDK"), BenchmarkCategory("S3 ListObjectsV2 100 keys")]
    public Task<AwsS3.ListObjectsV2Response> AwsSdkListObjectsV2() =>
        _awsList.ListObjectsV2Async(new AwsS3.ListObjectsV2Request { BucketName = "bench-bucket", Prefix = "logs/" });

    /// <summary>S3 ListObjectsV2 returning 100 keys, BotoSharp.</summary>
    [Benchmark(Description = "BotoSharp"), BenchmarkCategory("S3 ListObjectsV2 100 keys")]
    public Task<S3.ListObjectsV2Output> BotoSharpListObjectsV2() =>
        _list.ListObjectsV2Async(new S3.ListObjectsV2Request { Bucket = "bench-bucket", Prefix = "logs/" });

    /// <summary>SQS SendMessage, AWS SDK.</summary>
    [Benchmark(Baseline = true, Description = "AWS SDK"), BenchmarkCategory("SQS SendMessage")]
    public Task<AwsSqs.SendMessageResponse> AwsSdkSendMessage() =>
        _awsSqs.SendMessageAsync(new AwsSqs.SendMessageRequest { QueueUrl = QueueUrl, MessageBody = Responses.SqsMessageBody });

    /// <summary>SQS SendMessage, BotoSharp.</summary>
    [Benchmark(Description = "BotoSharp"), BenchmarkCategory("SQS SendMessage")]
    public Task<Sqs.SendMessageResult> BotoSharpSendMessage() =>
        _sqs.SendMessageAsync(new Sqs.SendMessageRequest { QueueUrl = QueueUrl, MessageBody = Responses.SqsMessageBody });

    /// <summary>STS GetCallerIdentity, AWS SDK.</summary>
    [Benchmark(Baseline = true, Description = "AWS SDK"), BenchmarkCategory("STS GetCallerIdentity")]
    public Task<AwsSts.GetCallerIdentityResponse> AwsSdkGetCallerIdentity() => _awsSts.GetCallerIdentityAsync(new AwsSts.GetCallerIdentityRequest());

    /// <summary>STS GetCallerIdentity, BotoSharp.</summary>
    [Benchmark(Description = "BotoSharp"), BenchmarkCategory("STS GetCallerIdentity")]
    public Task<Sts.GetCallerIdentityResponse> BotoSharpGetCallerIdentity() => _sts.GetCallerIdentityAsync(new Sts.GetCallerIdentityRequest());

    /// <summary>EC2 DescribeInstances returning 20 instances, AWS SDK.</summary>
    [Benchmark(Baseline = true, Description = "AWS SDK"), BenchmarkCategory("EC2 DescribeInstances 20")]
    public Task<AwsEc2.DescribeInstancesResponse> AwsSdkDescribeInstances() => _awsEc2.DescribeInstancesAsync(new AwsEc2.DescribeInstancesRequest());

    /// <summary>EC2 DescribeInstances returning 20 instances, BotoSharp.</summary>
    [Benchmark(Description = "BotoSharp"), BenchmarkCategory("EC2 DescribeInstances 20")]
    public Task<Ec2.DescribeInstancesResult> BotoSharpDescribeInstances() => _ec2.DescribeInstancesAsync(new Ec2.DescribeInstancesRequest());
}
