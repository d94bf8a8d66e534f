namespace Benchmarks;

/// <summary>
/// "--retained": the bytes one result keeps alive (the output objects, their strings and lists, its metadata), per
/// SDK, for the calls whose byte goal is set against the AWS SDK's whole call. Measured as the managed heap after a
/// full collection with <see cref="Kept"/> results held, minus the heap with none, divided by their number.
/// </summary>
public static class RetainedProbe
{
    private const int Kept = 32;

    /// <summary>Prints the retained bytes per result of ListObjectsV2 and DescribeInstances for both SDKs.</summary>
    public static async Task<int> RunAsync()
    {
        var bench = new CallBenchmarks();
        bench.Setup();
        var calls = new (string Name, Func<Task<object>> Call)[]
        {
            ("ListObjectsV2 100 keys, AWS SDK", async () => await bench.AwsSdkListObjectsV2().ConfigureAwait(false)),
            ("ListObjectsV2 100 keys, BotoSharp", async () => await bench.BotoSharpListObjectsV2().ConfigureAwait(false)),
            ("DescribeInstances 20, AWS SDK", async () => await bench.AwsSdkDescribeInstances().ConfigureAwait(false)),
            ("DescribeInstances 20, BotoSharp", async () => await bench.BotoSharpDescribeInstances().ConfigureAwait(false)),
        };
        foreach (var (name, call) in calls)
        {
            for (var i = 0; i < 50; i++)
            {
                await call().ConfigureAwait(false);
            }
            var held = new object[Kept];
            var before = GC.GetTotalMemory(forceFullCollection: true);
            for (var i = 0; i < Kept; i++)
            {
                held[i] = await call().ConfigureAwait(false);
            }
            var after = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(held);
            Console.WriteLine($"{name}: {(after - before) / Kept:N0} B kept alive per result");
        }
        return 0;
    }
}
