using System.Text;
using Amazon.DynamoDBv2;
using Amazon.EC2;
using Amazon.S3;
using Amazon.SecurityToken;
using Amazon.SQS;
using BenchmarkDotNet.Attributes;
using Benchmarks.Stub;
using BotoSharp.Clients;
using Ddb = BotoSharp.Services.DynamoDB;
using Ec2 = BotoSharp.Services.EC2;
using S3 = BotoSharp.Services.S3;
using Sqs = BotoSharp.Services.SQS;
using Sts = BotoSharp.Services.STS;

namespace Benchmarks;

/// <summary>
/// One API call per benchmark, each SDK against the same canned response, grouped by call with the AWS SDK for .NET as
/// the baseline: the Ratio and Alloc Ratio columns are BotoSharp ÷ AWS SDK.
/// </summary>
[Config(typeof(BenchConfig))]
public partial class CallBenchmarks
{
    private const string QueueUrl = "https://sqs.us-east-1.amazonaws.com/123456789012/bench-queue";
    private static readonly byte[] s_object = Encoding.ASCII.GetBytes(new string('x', 1024));

    private AmazonDynamoDBClient _awsDdb = null!;
    private AmazonS3Client _awsPut = null!;
    private AmazonS3Client _awsList = null!;
    private AmazonSQSClient _awsSqs = null!;
    private AmazonSecurityTokenServiceClient _awsSts = null!;
    private AmazonEC2Client _awsEc2 = null!;

    private Ddb.DynamoDBClient _ddb = null!;
    private DynamicClient _ddbDynamic = null!;
    private S3.S3Client _put = null!;
    private S3.S3Client _list = null!;
    private Sqs.SQSClient _sqs = null!;
    private Sts.STSClient _sts = null!;
    private Ec2.EC2Client _ec2 = null!;

    /// <summary>The S3 client answering ListObjectsV2 (for the allocation probe).</summary>
    internal S3.S3Client ListClient => _list;

    /// <summary>The DynamoDB client (for the allocation probe).</summary>
    internal Ddb.DynamoDBClient DdbClient => _ddb;

    /// <summary>Builds every client once; the benchmarks measure calls, not construction.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var ddb = new StubHandler(Responses.DynamoDbGetItem);
        var put = new StubHandler(Responses.S3PutObject);
        var list = new StubHandler(Responses.S3ListObjectsV2);
        var sqs = new StubHandler(Responses.SqsSendMessage);
        var sts = new StubHandler(Responses.StsGetCallerIdentity);
        var ec2 = new StubHandler(Responses.Ec2DescribeInstances);

        _awsDdb = new AmazonDynamoDBClient(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonDynamoDBConfig(), ddb));
        _awsPut = new AmazonS3Client(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonS3Config(), put));
        _awsList = new AmazonS3Client(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonS3Config(), list));
        _awsSqs = new AmazonSQSClient(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonSQSConfig(), sqs));
        _awsSts = new AmazonSecurityTokenServiceClient(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonSecurityTokenServiceConfig(), sts));
        _awsEc2 = new AmazonEC2Client(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonEC2Config(), ec2));

        _ddb = ClientSetup.BotoSharp<Ddb.DynamoDBClient>(ddb);
        _ddbDynamic = new DynamicClient(_ddb.SessionPipeline!);
        _put = ClientSetup.BotoSharp<S3.S3Client>(put);
        _list = ClientSetup.BotoSharp<S3.S3Client>(list);
        _sqs = ClientSetup.BotoSharp<Sqs.SQSClient>(sqs);
        _sts = ClientSetup.BotoSharp<Sts.STSClient>(sts);
        _ec2 = ClientSetup.BotoSharp<Ec2.EC2Client>(ec2);
    }

    /// <summary>Disposes the clients.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _awsDdb.Dispose();
        _awsPut.Dispose();
        _awsList.Dispose();
        _awsSqs.Dispose();
        _awsSts.Dispose();
        _awsEc2.Dispose();
    }
}
