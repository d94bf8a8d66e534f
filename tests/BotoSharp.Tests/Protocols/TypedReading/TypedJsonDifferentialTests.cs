using System.IO.Compression;
using BotoSharp.Clients;
using BotoSharp.Http;
using BotoSharp.Protocols;
using BotoSharp.Services.DynamoDB;
using BotoSharp.Services.IAM;
using BotoSharp.Services.Lambda;
using BotoSharp.Services.SQS;
using BotoSharp.Tests.Protocols.Support;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Protocols.TypedReading;

/// <summary>
/// The read side's typed-vs-dictionary differential on real moto_server responses for the JSON protocols: DynamoDB
/// and SQS (awsJson 1.0) and Lambda (rest-json). Each typed call records its response; the typed reader must read
/// it without giving up and give the values and request id of the dictionary path (parser, then <c>FromParsed</c>),
/// and the typed call itself must have returned those values.
/// </summary>
[TestFixture]
[Category("Integration")]
public sealed class TypedJsonDifferentialTests
{
    private readonly RecordingTransport _recorder = new();
    private int _checked;

    [SetUp]
    public void CountFromZero() => _checked = 0;

    [Test]
    public async Task DynamoDbResponsesReadTypedAsTheDictionaryPathReadsThem()
    {
        var ddb = Client<DynamoDBClient>();
        const string table = "typed-json-diff";
        await Check(ddb.CreateTableAsync(new CreateTableInput
        {
            TableName = table,
            AttributeDefinitions = [new() { AttributeName = "pk", AttributeType = "S" }, new() { AttributeName = "sk", AttributeType = "N" }],
            KeySchema = [new() { AttributeName = "pk", KeyType = "HASH" }, new() { AttributeName = "sk", KeyType = "RANGE" }],
            BillingMode = "PAY_PER_REQUEST",
            Tags = [new() { Key = "team", Value = "sdk" }],
        }), "dynamodb", "CreateTable");
        for (var sk = 1; sk <= 3; sk++)
        {
            await Check(ddb.PutItemAsync(new PutItemInput { TableName = table, Item = Item(sk), ReturnConsumedCapacity = "TOTAL" }), "dynamodb", "PutItem");
        }
        var key = new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "user#1" }, ["sk"] = new() { N = "2" } };
        var item = await Check(ddb.GetItemAsync(new GetItemInput { TableName = table, Key = key, ReturnConsumedCapacity = "INDEXES" }), "dynamodb", "GetItem");
        Assert.That(item.Item!["blob"].B, Is.EqualTo(new byte[] { 1, 2, 3 }));
        await Check(ddb.DescribeTableAsync(new DescribeTableInput { TableName = table }), "dynamodb", "DescribeTable");
        await Check(ddb.QueryAsync(new QueryInput
        {
            TableName = table,
            KeyConditionExpression = "pk = :pk AND sk >= :min",
            ExpressionAttributeValues = new() { [":pk"] = new() { S = "user#1" }, [":min"] = new() { N = "2" } },
        }), "dynamodb", "Query");
        await Check(ddb.ScanAsync(new ScanInput { TableName = table }), "dynamodb", "Scan");
        await Check(ddb.UpdateItemAsync(new UpdateItemInput
        {
            TableName = table,
            Key = key,
            UpdateExpression = "SET visits = :one REMOVE nothing",
            ExpressionAttributeValues = new() { [":one"] = new() { N = "1" } },
            ReturnValues = "ALL_NEW",
        }), "dynamodb", "UpdateItem");
        await Check(ddb.BatchGetItemAsync(new BatchGetItemInput { RequestItems = new() { [table] = new() { Keys = [key] } } }), "dynamodb", "BatchGetItem");
        await Check(ddb.ListTablesAsync(new ListTablesInput()), "dynamodb", "ListTables");
        await Check(ddb.DeleteItemAsync(new DeleteItemInput { TableName = table, Key = key, ReturnValues = "ALL_OLD" }), "dynamodb", "DeleteItem");
        await Check(ddb.DeleteTableAsync(new DeleteTableInput { TableName = table }), "dynamodb", "DeleteTable");
        TestContext.Out.WriteLine($"dynamodb: {_checked} responses, typed = dictionary");
    }

    [Test]
    public async Task SqsResponsesReadTypedAsTheDictionaryPathReadThem()
    {
        var sqs = Client<SQSClient>();
        var queue = await Check(sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = "typed-json-diff", Tags = new() { ["team"] = "sdk" } }), "sqs", "CreateQueue");
        var url = queue.QueueUrl!;
        await Check(sqs.GetQueueUrlAsync(new GetQueueUrlRequest { QueueName = "typed-json-diff" }), "sqs", "GetQueueUrl");
        await Check(sqs.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = url,
            MessageBody = "hello é",
            MessageAttributes = new()
            {
                ["s"] = new() { DataType = "String", StringValue = "v" },
                ["b"] = new() { DataType = "Binary", BinaryValue = [1, 2] },
            },
        }), "sqs", "SendMessage");
        await Check(sqs.SendMessageBatchAsync(new SendMessageBatchRequest
        {
            QueueUrl = url,
            Entries = [new() { Id = "1", MessageBody = "a" }, new() { Id = "2", MessageBody = "b", DelaySeconds = 0 }],
        }), "sqs", "SendMessageBatch");
        var received = await Check(sqs.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = url,
            MaxNumberOfMessages = 10,
            MessageAttributeNames = ["All"],
            MessageSystemAttributeNames = ["All"],
        }), "sqs", "ReceiveMessage");
        Assert.That(received.Messages, Is.Not.Empty);
        await Check(sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = url, AttributeNames = ["All"] }), "sqs", "GetQueueAttributes");
        await Check(sqs.ListQueuesAsync(new ListQueuesRequest()), "sqs", "ListQueues");
        await Check(sqs.ListQueueTagsAsync(new ListQueueTagsRequest { QueueUrl = url }), "sqs", "ListQueueTags");
        TestContext.Out.WriteLine($"sqs: {_checked} responses, typed = dictionary");
    }

    [Test]
    public async Task LambdaResponsesReadTypedAsTheDictionaryPathReadsThem()
    {
        var role = await Client<IAMClient>().CreateRoleAsync(new CreateRoleRequest
        {
            RoleName = "typed-json-diff",
            AssumeRolePolicyDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""",
        });
        var lambda = Client<LambdaClient>();
        const string name = "typed-json-diff";
        await Check(lambda.CreateFunctionAsync(new CreateFunctionRequest
        {
            FunctionName = name,
            Runtime = "python3.12",
            Role = role.Role!.Arn,
            Handler = "index.handler",
            Code = new() { ZipFile = Zip() },
            Environment = new() { Variables = new() { ["K"] = "V" } },
            Tags = new() { ["team"] = "sdk" },
            Timeout = 5,
        }), "lambda", "CreateFunction");
        var function = await Check(lambda.GetFunctionAsync(new GetFunctionRequest { FunctionName = name }), "lambda", "GetFunction");
        Assert.That(function.Configuration!.Timeout, Is.EqualTo(5));
        await Check(lambda.GetFunctionConfigurationAsync(new GetFunctionConfigurationRequest { FunctionName = name }), "lambda", "GetFunctionConfiguration");
        await Check(lambda.ListFunctionsAsync(new ListFunctionsRequest()), "lambda", "ListFunctions");
        await Check(lambda.PutFunctionConcurrencyAsync(new PutFunctionConcurrencyRequest { FunctionName = name, ReservedConcurrentExecutions = 2 }), "lambda", "PutFunctionConcurrency");
        var version = await Check(lambda.PublishVersionAsync(new PublishVersionRequest { FunctionName = name }), "lambda", "PublishVersion");
        await Check(lambda.ListVersionsByFunctionAsync(new ListVersionsByFunctionRequest { FunctionName = name }), "lambda", "ListVersionsByFunction");
        await Check(lambda.CreateAliasAsync(new CreateAliasRequest { FunctionName = name, Name = "live", FunctionVersion = version.Version }), "lambda", "CreateAlias");
        await Check(lambda.ListAliasesAsync(new ListAliasesRequest { FunctionName = name }), "lambda", "ListAliases");
        await Check(lambda.ListTagsAsync(new ListTagsRequest { Resource = version.FunctionArn!.Split(':').Take(7).Aggregate((a, b) => a + ":" + b) }), "lambda", "ListTags");
        TestContext.Out.WriteLine($"lambda: {_checked} responses, typed = dictionary");
    }

    // Reads the call's recorded response both ways; both must agree with each other and with what the call returned.
    private async Task<T> Check<T>(Task<T> call, string service, string operationName)
        where T : IResponseShape<T>
    {
        var typedCall = await call;
        var recorded = _recorder.Last!;
        var (output, operation, protocol) = TypedReadProbe.CompiledOperation(service, operationName);
        var (typed, metadata, fallback) = TypedReadProbe.Typed(output, Response(recorded), operation, protocol);
        Assert.That(fallback, Is.Null, () => $"{operationName}: the typed reader gave up: {fallback}");
        var (expected, parsed) = TypedReadProbe.Dictionary(output, Response(recorded), operation, protocol);
        Assert.That(PlainValues.AreEqual(typed, expected, out var path), Is.True, () => $"{operationName} differs at {path}\n typed: {PlainValues.Describe(typed)}\n dict:  {PlainValues.Describe(expected)}");
        Assert.That(PlainValues.AreEqual(TypedReadProbe.Project(typedCall), expected, out path), Is.True, () => $"{operationName}: the call returned something else at {path}");
        var expectedId = ((Dictionary<string, object?>)parsed["ResponseMetadata"]!).GetValueOrDefault("RequestId") as string;
        Assert.That(metadata!.RequestId, Is.EqualTo(expectedId), operationName);
        _checked++;
        return typedCall;
    }

    private TClient Client<TClient>()
        where TClient : BaseClient
    {
        var session = MotoFixture.NewSession(RepoPaths.Models);
        session.TransportFactory = options => _recorder.Over(new HttpTransport(options));
        return session.CreateClient<TClient>(endpointUrl: MotoFixture.Server.EndpointUrl);
    }

    // The headers as the parse stage hands them to a parser: repeated names joined with commas.
    private static ProtocolResponse Response(AwsResponse response)
    {
        var headers = new HeaderCollection();
        foreach (var (name, value) in response.Headers)
        {
            headers.Set(name, headers.TryGetValue(name, out var existing) ? existing + "," + value : value);
        }
        return new ProtocolResponse(response.StatusCode, headers, response.Content ?? Array.Empty<byte>());
    }

    private static Dictionary<string, AttributeValue> Item(int sk) => new()
    {
        ["pk"] = new() { S = "user#1" },
        ["sk"] = new() { N = sk.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        ["tags"] = new() { SS = ["a", "b"] },
        ["nums"] = new() { NS = ["1.5", "-2"] },
        ["blob"] = new() { B = [1, 2, 3] },
        ["blobs"] = new() { BS = [[1], [2]] },
        ["map"] = new() { M = new() { ["flag"] = new() { BOOL = true }, ["none"] = new() { NULL = true } } },
        ["list"] = new() { L = [new() { S = "x" }, new() { N = "3" }, new() { L = [] }] },
        ["text"] = new() { S = "é ü \u2603" },
    };

    private static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("index.py").Open());
            writer.Write("def handler(event, context):\n    return event\n");
        }
        return buffer.ToArray();
    }

    /// <summary>A transport that keeps the last response of the real one it wraps.</summary>
    private sealed class RecordingTransport
    {
        public AwsResponse? Last { get; private set; }

        public IHttpTransport Over(HttpTransport inner) => new Recorder(this, inner);

        private sealed class Recorder(RecordingTransport owner, HttpTransport inner) : IHttpTransport, IDisposable
        {
            public async Task<AwsResponse> SendAsync(AwsRequest request, CancellationToken cancellationToken = default)
            {
                var response = await inner.SendAsync(request, cancellationToken).ConfigureAwait(false);
                owner.Last = response;
                return response;
            }

            public void Dispose() => inner.Dispose();
        }
    }
}
