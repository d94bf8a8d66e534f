using Amazon.DynamoDBv2;
using BenchmarkDotNet.Attributes;
using Benchmarks.Stub;
using AwsDdb = Amazon.DynamoDBv2.Model;
using Ddb = BotoSharp.Services.DynamoDB;

namespace Benchmarks;

/// <summary>
/// What a program pays before its first result, repeated in one process (so after the first JIT): a new session and a
/// DynamoDB client (the AWS SDK: a new client, its nearest equivalent), and the same followed by the first GetItem
/// on that fresh client. Both SDKs send through the same in-process stub as <see cref="CallBenchmarks"/>.
/// </summary>
[Config(typeof(BenchConfig))]
public class CreationBenchmarks
{
    private const string GetItemRequest = "POST https://dynamodb.us-east-1.amazonaws.com/";

    private StubHandler _awsStub = null!;
    private StubHandler _stub = null!;

    /// <summary>Creates the stubs and checks one call of each SDK (result and first request) before measuring.</summary>
    [GlobalSetup]
    public async Task SetupAndVerifyAsync()
    {
        _awsStub = new StubHandler(Responses.DynamoDbGetItem);
        _stub = new StubHandler(Responses.DynamoDbGetItem);
        var failures = await CheckAsync(Console.Out).ConfigureAwait(false);
        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} creation check(s) failed: the benchmark would measure a wrong request or result.");
        }
    }

    /// <summary>
    /// Checks a first GetItem on a fresh client and stub of each SDK (or only the one named <paramref name="only"/>);
    /// returns the number that failed.
    /// </summary>
    public static async Task<int> CheckAsync(TextWriter output, string? only = null)
    {
        var failures = 0;
        var sdks = new (string Name, Func<StubHandler, Task<string?>> First)[] { ("AWS SDK", AwsFirstGetItemAsync), ("BotoSharp", FirstGetItemAsync) };
        foreach (var (name, first) in sdks.Where(s => only is null || s.Name == only))
        {
            var stub = new StubHandler(Responses.DynamoDbGetItem);
            var value = await first(stub).ConfigureAwait(false);
            var ok = value == "Ada Lovelace" && stub.FirstRequest == GetItemRequest;
            await output.WriteLineAsync($"{(ok ? "ok  " : "FAIL")} new client + first GetItem {name}: {value}; {stub.FirstRequest}").ConfigureAwait(false);
            failures += ok ? 0 : 1;
        }
        return failures;
    }

    /// <summary>A new AWS SDK DynamoDB client (config, credentials, stub HTTP factory), disposed.</summary>
    [Benchmark(Baseline = true, Description = "AWS SDK"), BenchmarkCategory("create session + first client")]
    public object AwsSdkCreateClient()
    {
        using var client = new AmazonDynamoDBClient(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonDynamoDBConfig(), _awsStub));
        return client.Config;
    }

    /// <summary>A new BotoSharp session and its typed DynamoDB client, disposed.</summary>
    [Benchmark(Description = "BotoSharp"), BenchmarkCategory("create session + first client")]
    public object BotoSharpCreateClient()
    {
        using var client = ClientSetup.BotoSharp<Ddb.DynamoDBClient>(_stub);
        return client.Meta;
    }

    /// <summary>A new AWS SDK client and its first GetItem.</summary>
    [Benchmark(Baseline = true, Description = "AWS SDK"), BenchmarkCategory("new client + first GetItem")]
    public Task<string?> AwsSdkFirstGetItem() => AwsFirstGetItemAsync(_awsStub);

    /// <summary>A new BotoSharp session and client and its first GetItem.</summary>
    [Benchmark(Description = "BotoSharp"), BenchmarkCategory("new client + first GetItem")]
    public Task<string?> BotoSharpFirstGetItem() => FirstGetItemAsync(_stub);

    private static async Task<string?> AwsFirstGetItemAsync(StubHandler stub)
    {
        using var client = new AmazonDynamoDBClient(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonDynamoDBConfig(), stub));
        var output = await client.GetItemAsync(new AwsDdb.GetItemRequest
        {
            TableName = "users",
            Key = new() { ["pk"] = new AwsDdb.AttributeValue { S = "user#1234" }, ["sk"] = new AwsDdb.AttributeValue { S = "profile" } },
        }).ConfigureAwait(false);
        return output.Item["name"].S;
    }

    /// <summary>A new BotoSharp session and DynamoDB client over <paramref name="stub"/>, its first GetItem, disposed.</summary>
    internal static async Task<string?> FirstGetItemAsync(StubHandler stub)
    {
        using var client = ClientSetup.BotoSharp<Ddb.DynamoDBClient>(stub);
        var output = await client.GetItemAsync(new Ddb.GetItemInput
        {
            TableName = "users",
            Key = new() { ["pk"] = new Ddb.AttributeValue { S = "user#1234" }, ["sk"] = new Ddb.AttributeValue { S = "profile" } },
        }).ConfigureAwait(false);
        return output.Item?["name"].S;
    }
}
