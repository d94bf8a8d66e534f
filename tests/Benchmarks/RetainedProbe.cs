using Amazon.DynamoDBv2;
using Benchmarks.Stub;
using AwsDdb = Amazon.DynamoDBv2.Model;
using Ddb = BotoSharp.Services.DynamoDB;

namespace Benchmarks;

/// <summary>
/// "--retained": the bytes one result keeps alive (the output objects, their strings and lists, its metadata), per
/// SDK, for the calls whose byte goal is set against the AWS SDK's whole call. Measured as the managed heap after a
/// full collection with <see cref="Kept"/> results held, minus the heap with none, divided by their number.
/// </summary>
public static class RetainedProbe
{
    private const int Kept = 32;

    /// <summary>
    /// Prints the retained bytes per result of ListObjectsV2, DescribeInstances and a DynamoDB Query page of 100 items
    /// for both SDKs, and the bytes each call allocates in all.
    /// </summary>
    public static async Task<int> RunAsync()
    {
        var bench = new CallBenchmarks();
        bench.Setup();
        using var awsQuery = new AmazonDynamoDBClient(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonDynamoDBConfig(), new StubHandler(Responses.DynamoDbQuery)));
        using var query = ClientSetup.BotoSharp<Ddb.DynamoDBClient>(new StubHandler(Responses.DynamoDbQuery));
        var calls = new (string Name, Func<Task<object>> Call)[]
        {
            ("ListObjectsV2 100 keys, AWS SDK", async () => await bench.AwsSdkListObjectsV2().ConfigureAwait(false)),
            ("ListObjectsV2 100 keys, BotoSharp", async () => await bench.BotoSharpListObjectsV2().ConfigureAwait(false)),
            ("DescribeInstances 20, AWS SDK", async () => await bench.AwsSdkDescribeInstances().ConfigureAwait(false)),
            ("DescribeInstances 20, BotoSharp", async () => await bench.BotoSharpDescribeInstances().ConfigureAwait(false)),
            ("DynamoDB Query 100 items, AWS SDK", async () =>
            {
                var page = await awsQuery.QueryAsync(new AwsDdb.QueryRequest
                {
                    TableName = "orders",
                    KeyConditionExpression = "pk = :pk",
                    ExpressionAttributeValues = new() { [":pk"] = new AwsDdb.AttributeValue { S = "customer#48213" } },
                }).ConfigureAwait(false);
                return Checked(page, page.Items[^1]["sk"].S);
            }),
            ("DynamoDB Query 100 items, BotoSharp", async () =>
            {
                var page = await query.QueryAsync(new Ddb.QueryInput
                {
                    TableName = "orders",
                    KeyConditionExpression = "pk = :pk",
                    ExpressionAttributeValues = new() { [":pk"] = new Ddb.AttributeValue { S = "customer#48213" } },
                }).ConfigureAwait(false);
                return Checked(page, page.Items![^1]["sk"].S);
            }),
        };
        foreach (var (name, call) in calls)
        {
            for (var i = 0; i < 50; i++)
            {
                await call().ConfigureAwait(false);
            }
            var held = new object[Kept];
            var before = GC.GetTotalMemory(forceFullCollection: true);
            // The calls whose results are held are the ones whose allocations are counted: one loop gives both figures.
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < Kept; i++)
            {
                held[i] = await call().ConfigureAwait(false);
            }
            allocated = (GC.GetAllocatedBytesForCurrentThread() - allocated) / Kept;
            var after = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(held);
            Console.WriteLine($"{name}: {(after - before) / Kept:N0} B kept alive per result, {allocated:N0} B allocated per call");
        }
        return 0;
    }

    // The query result is kept as the call returned it; its last sort key is checked so a wrong parse cannot count.
    private static object Checked(object result, string? lastSortKey) =>
        lastSortKey == "order#2026-11-0099" ? result : throw new InvalidOperationException($"Query read a wrong last item: {lastSortKey}");
}
