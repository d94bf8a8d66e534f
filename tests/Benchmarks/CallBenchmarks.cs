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

    /// <summary>The S3 client answering PutObject (for the allocation probe).</summary>
    internal S3.S3Client PutClient => _put;

    /// <summary>The STS client (for the allocation probe).</summary>
    internal Sts.STSClient StsClient => _sts;

    /// <summary>The EC2 client (for the allocation probe).</summary>
    internal Ec2.EC2Client Ec2Client => _ec2;

    /// <summary>The DynamoDB client (for the allocation probe).</summary>
    internal Ddb.DynamoDBClient DdbClient => _ddb;

    /// <summary>The SQS client (for the allocation probe).</summary>
    internal Sqs.SQSClient SqsClient => _sqs;

    /// <summary>The queue SendMessage sends to (for the allocation probe).</summary>
    internal static string BenchQueueUrl => QueueUrl;

    /// <summary>The stub behind each client, by client (each client has its own, so its first request is its own).</summary>
    internal Dictionary<string, StubHandler> Stubs { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// BenchmarkDotNet's set-up: builds the clients, then calls each once and checks its response values and its first
    /// request's method and URL (<see cref="CallChecks"/>), so a wrong request fails the run before anything is measured.
    /// </summary>
    [GlobalSetup]
    public async Task SetupAndVerifyAsync()
    {
        Setup();
        var failures = await CallChecks.RunAsync(this, Console.Out).ConfigureAwait(false);
        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} call check(s) failed: the benchmark would measure a wrong request or result.");
        }
    }

    /// <summary>Builds every client once; the benchmarks measure calls, not construction.</summary>
    public void Setup()
    {
        _awsDdb = new AmazonDynamoDBClient(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonDynamoDBConfig(), Stub("aws ddb", Responses.DynamoDbGetItem)));
        _awsPut = new AmazonS3Client(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonS3Config(), Stub("aws put", Responses.S3PutObject)));
        _awsList = new AmazonS3Client(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonS3Config(), Stub("aws list", Responses.S3ListObjectsV2)));
        _awsSqs = new AmazonSQSClient(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonSQSConfig(), Stub("aws sqs", Responses.SqsSendMessage)));
        _awsSts = new AmazonSecurityTokenServiceClient(ClientSetup.AwsCredentials,
            ClientSetup.AwsConfig(new AmazonSecurityTokenServiceConfig(), Stub("aws sts", Responses.StsGetCallerIdentity)));
        _awsEc2 = new AmazonEC2Client(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonEC2Config(), Stub("aws ec2", Responses.Ec2DescribeInstances)));

        _ddb = ClientSetup.BotoSharp<Ddb.DynamoDBClient>(Stub("ddb", Responses.DynamoDbGetItem));
        _ddbDynamic = new DynamicClient(ClientSetup.BotoSharp<Ddb.DynamoDBClient>(Stub("ddb dynamic", Responses.DynamoDbGetItem)).SessionPipeline!);
        _put = ClientSetup.BotoSharp<S3.S3Client>(Stub("put", Responses.S3PutObject));
        _list = ClientSetup.BotoSharp<S3.S3Client>(Stub("list", Responses.S3ListObjectsV2));
        _sqs = ClientSetup.BotoSharp<Sqs.SQSClient>(Stub("sqs", Responses.SqsSendMessage));
        _sts = ClientSetup.BotoSharp<Sts.STSClient>(Stub("sts", Responses.StsGetCallerIdentity));
        _ec2 = ClientSetup.BotoSharp<Ec2.EC2Client>(Stub("ec2", Responses.Ec2DescribeInstances));
    }

    private StubHandler Stub(string client, CannedResponse response) => Stubs[client] = new StubHandler(response);

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
