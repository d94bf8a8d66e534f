using System.Text;
using BotoSharp.Services.DynamoDB;
using BotoSharp.Services.S3;
using BotoSharp.Services.STS;

namespace BotoSharp.AotSample;

/// <summary>The sample's calls, one protocol each (query, rest-xml, json); every resource it creates it deletes.</summary>
internal sealed class AotCalls
{
    private const string Region = "us-east-1";
    private readonly Session _session;
    private readonly string _endpointUrl;
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    public AotCalls(Session session, string endpointUrl)
    {
        _session = session;
        _endpointUrl = endpointUrl;
    }

    /// <summary>STS GetCallerIdentity: the first call, the one start-up time is measured to.</summary>
    public async Task CallerIdentityAsync()
    {
        using var sts = Client<STSClient>();
        var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest()).ConfigureAwait(false);
        Check(identity.Account is { Length: > 0 }, "STS answered without an account");
        Console.WriteLine($"STS: account {identity.Account}, {identity.Arn}");
    }

    /// <summary>S3: bucket, put, get (body read back), delete.</summary>
    public async Task S3RoundTripAsync()
    {
        using var s3 = Client<S3Client>();
        var bucket = $"botosharp-aot-{_suffix}";
        await s3.CreateBucketAsync(new CreateBucketRequest { Bucket = bucket }).ConfigureAwait(false);
        try
        {
            const string text = "Hello from Native AOT";
            await s3.PutObjectAsync(new PutObjectRequest { Bucket = bucket, Key = "hello.txt", Body = new MemoryStream(Encoding.UTF8.GetBytes(text)) }).ConfigureAwait(false);
            using var got = await s3.GetObjectAsync(new GetObjectRequest { Bucket = bucket, Key = "hello.txt" }).ConfigureAwait(false);
            using var reader = new StreamReader(got.Body!);
            var read = await reader.ReadToEndAsync().ConfigureAwait(false);
            Check(read == text, $"S3 object came back as \"{read}\"");
            Console.WriteLine($"S3: put and got {bucket}/hello.txt (\"{read}\")");
            await s3.DeleteObjectAsync(new DeleteObjectRequest { Bucket = bucket, Key = "hello.txt" }).ConfigureAwait(false);
        }
        finally
        {
            await s3.DeleteBucketAsync(new DeleteBucketRequest { Bucket = bucket }).ConfigureAwait(false);
        }
    }

    /// <summary>DynamoDB: table, put, consistent get, delete.</summary>
    public async Task DynamoDBRoundTripAsync()
    {
        using var ddb = Client<DynamoDBClient>();
        var table = $"botosharp-aot-{_suffix}";
        await ddb.CreateTableAsync(new CreateTableInput
        {
            TableName = table,
            AttributeDefinitions = [new() { AttributeName = "id", AttributeType = "S" }],
            KeySchema = [new() { AttributeName = "id", KeyType = "HASH" }],
            BillingMode = "PAY_PER_REQUEST",
        }).ConfigureAwait(false);
        try
        {
            await ddb.PutItemAsync(new PutItemInput { TableName = table, Item = new() { ["id"] = new() { S = "1" }, ["greeting"] = new() { S = "hi" } } }).ConfigureAwait(false);
            var item = await ddb.GetItemAsync(new GetItemInput { TableName = table, Key = new() { ["id"] = new() { S = "1" } }, ConsistentRead = true }).ConfigureAwait(false);
            var greeting = item.Item?.GetValueOrDefault("greeting")?.S;
            Check(greeting == "hi", $"DynamoDB item came back as {greeting ?? "nothing"}");
            Console.WriteLine($"DynamoDB: wrote and read {table} id=1 (greeting={greeting})");
        }
        finally
        {
            await ddb.DeleteTableAsync(new DeleteTableInput { TableName = table }).ConfigureAwait(false);
        }
    }

    private TClient Client<TClient>()
        where TClient : BaseClient => _session.CreateClient<TClient>(regionName: Region, endpointUrl: _endpointUrl);

    private static void Check(bool condition, string failure)
    {
        if (!condition)
        {
            throw new InvalidOperationException(failure);
        }
    }
}
