using System.Text;
using BotoSharp.Services.DynamoDB;
using BotoSharp.Services.S3;
using BotoSharp.Services.SQS;
using BotoSharp.Services.STS;

namespace BotoSharp.Samples;

/// <summary>The calls the sample makes, each printed as it succeeds; every resource it creates it deletes again.</summary>
internal sealed class CallTour
{
    private readonly Session _session;
    private readonly string? _endpointUrl;
    private readonly string _region;
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    public CallTour(Session session, string? endpointUrl, string? region)
    {
        _session = session;
        _endpointUrl = endpointUrl;
        _region = region ?? session.GetConfigVariable("region") as string ?? "us-east-1";
    }

    /// <summary>Runs every step; the first failure throws.</summary>
    public async Task RunAsync()
    {
        var sts = Client<STSClient>();
        var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        Console.WriteLine($"Caller identity: account {identity.Account}, {identity.Arn}");
        await S3RoundTripAsync();
        await DynamoDBRoundTripAsync();
        await SqsRoundTripAsync();
    }

    private TClient Client<TClient>()
        where TClient : BaseClient => _session.CreateClient<TClient>(regionName: _region, endpointUrl: _endpointUrl);

    private async Task S3RoundTripAsync()
    {
        var s3 = Client<S3Client>();
        var bucket = $"botosharp-sample-{_suffix}";
        await s3.CreateBucketAsync(new CreateBucketRequest
        {
            Bucket = bucket,
            CreateBucketConfiguration = _region == "us-east-1" ? null : new() { LocationConstraint = _region },
        });
        Console.WriteLine($"S3: created bucket {bucket}");
        try
        {
            // botocore's waiter and paginator, typed by the generator from waiters-2.json and paginators-1.json.
            await s3.Waiters.BucketExistsAsync(new HeadBucketRequest { Bucket = bucket }, new BotoSharp.Waiters.WaiterConfig { Delay = 1, MaxAttempts = 10 });
            Console.WriteLine($"S3: waiter BucketExists succeeded for {bucket}");
            const string text = "Hello from BotoSharp";
            await s3.PutObjectAsync(new PutObjectRequest { Bucket = bucket, Key = "hello.txt", Body = new MemoryStream(Encoding.UTF8.GetBytes(text)) });
            int listed = 0;
            // Items streams the paginator's primary result key (Contents) across pages; the pages themselves are the iterator.
            await foreach (var item in s3.Paginators.ListObjectsV2(new ListObjectsV2Request { Bucket = bucket }, new BotoSharp.Paginators.PaginationConfig { PageSize = 100 }).Items)
            {
                Console.WriteLine($"S3: paginator listed {item.Key} ({item.Size} bytes)");
                listed++;
            }
            Check(listed == 1, $"S3 paginator listed {listed} keys");
            var got = await s3.GetObjectAsync(new GetObjectRequest { Bucket = bucket, Key = "hello.txt" });
            using var reader = new StreamReader(got.Body!);
            var read = await reader.ReadToEndAsync();
            Check(read == text, $"S3 object came back as \"{read}\"");
            Console.WriteLine($"S3: put and got hello.txt back (\"{read}\", ETag {got.ETag})");
            await s3.DeleteObjectAsync(new DeleteObjectRequest { Bucket = bucket, Key = "hello.txt" });
        }
        finally
        {
            await s3.DeleteBucketAsync(new DeleteBucketRequest { Bucket = bucket });
            Console.WriteLine($"S3: deleted bucket {bucket}");
        }
    }

    private async Task DynamoDBRoundTripAsync()
    {
        var ddb = Client<DynamoDBClient>();
        var table = $"botosharp-sample-{_suffix}";
        await ddb.CreateTableAsync(new CreateTableInput
        {
            TableName = table,
            AttributeDefinitions = [new() { AttributeName = "id", AttributeType = "S" }],
            KeySchema = [new() { AttributeName = "id", KeyType = "HASH" }],
            BillingMode = "PAY_PER_REQUEST",
        });
        Console.WriteLine($"DynamoDB: created table {table}");
        try
        {
            await WaitForActiveAsync(ddb, table);
            await ddb.PutItemAsync(new PutItemInput { TableName = table, Item = new() { ["id"] = new() { S = "1" }, ["greeting"] = new() { S = "hi" } } });
            var item = await ddb.GetItemAsync(new GetItemInput { TableName = table, Key = new() { ["id"] = new() { S = "1" } }, ConsistentRead = true });
            var greeting = item.Item?.GetValueOrDefault("greeting")?.S;
            Check(greeting == "hi", $"DynamoDB item came back as {greeting ?? "nothing"}");
            Console.WriteLine($"DynamoDB: wrote and read item id=1 (greeting={greeting})");
        }
        finally
        {
            await ddb.DeleteTableAsync(new DeleteTableInput { TableName = table });
            Console.WriteLine($"DynamoDB: deleted table {table}");
        }
    }

    private static async Task WaitForActiveAsync(DynamoDBClient ddb, string table)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var described = await ddb.DescribeTableAsync(new DescribeTableInput { TableName = table });
            if (described.Table?.TableStatus?.Value == "ACTIVE")
            {
                return;
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        throw new InvalidOperationException($"Table {table} did not become ACTIVE.");
    }

    private async Task SqsRoundTripAsync()
    {
        var sqs = Client<SQSClient>();
        var queue = await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = $"botosharp-sample-{_suffix}" });
        Console.WriteLine($"SQS: created queue {queue.QueueUrl}");
        try
        {
            var sent = await sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = queue.QueueUrl, MessageBody = "ping" });
            Console.WriteLine($"SQS: sent message {sent.MessageId}");
            var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queue.QueueUrl, WaitTimeSeconds = 5 });
            var message = received.Messages?.FirstOrDefault();
            Check(message?.Body == "ping", $"SQS received {message?.Body ?? "no message"}");
            Console.WriteLine($"SQS: received \"{message!.Body}\" and deleted it");
            await sqs.DeleteMessageAsync(new DeleteMessageRequest { QueueUrl = queue.QueueUrl, ReceiptHandle = message.ReceiptHandle });
        }
        finally
        {
            await sqs.DeleteQueueAsync(new DeleteQueueRequest { QueueUrl = queue.QueueUrl });
            Console.WriteLine("SQS: deleted queue");
        }
    }

    private static void Check(bool condition, string failure)
    {
        if (!condition)
        {
            throw new InvalidOperationException(failure);
        }
    }
}
