using System.Diagnostics;
using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.EC2;
using Amazon.S3;
using Benchmarks.Stub;
using Ddb = BotoSharp.Services.DynamoDB;
using Ec2 = BotoSharp.Services.EC2;
using S3 = BotoSharp.Services.S3;

namespace Benchmarks;

/// <summary>
/// "--probe-create [botosharp|awssdk]": Stopwatch timings of client creation in one fresh process: the first session
/// + client of each service (what a program pays once, JIT included), the first GetItem on a fresh client, then the
/// median of repeated session + client creations (what every further session pays) with the bytes each allocates on
/// the creating thread. Run each SDK in its own process;
/// quick and load-sensitive, so the load average is printed beside the figures.
/// </summary>
public static class CreationProbe
{
    private const int Repeats = 15;

    /// <summary>Runs the probe for <paramref name="sdk"/>; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string sdk)
    {
        var stub = new StubHandler(Responses.DynamoDbGetItem);
        var creators = sdk == "awssdk"
            ? new (string Service, Func<IDisposable> Create)[]
            {
                ("DynamoDB", () => new AmazonDynamoDBClient(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonDynamoDBConfig(), stub))),
                ("S3", () => new AmazonS3Client(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonS3Config(), stub))),
                ("EC2", () => new AmazonEC2Client(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonEC2Config(), stub))),
            }
            : new (string Service, Func<IDisposable> Create)[]
            {
                ("DynamoDB", () => ClientSetup.BotoSharp<Ddb.DynamoDBClient>(stub)),
                ("S3", () => ClientSetup.BotoSharp<S3.S3Client>(stub)),
                ("EC2", () => ClientSetup.BotoSharp<Ec2.EC2Client>(stub)),
            };
        Console.WriteLine($"client creation, {(sdk == "awssdk" ? "AWS SDK (new client)" : "BotoSharp (new session + client)")}:");
        Console.WriteLine(Line($"first {creators[0].Service} client", Time(creators[0].Create)));
        var watch = Stopwatch.StartNew();
        var failures = await CreationBenchmarks.CheckAsync(TextWriter.Null, sdk == "awssdk" ? "AWS SDK" : "BotoSharp").ConfigureAwait(false);
        Console.WriteLine(Line("then a new client + its first GetItem", watch.Elapsed.TotalMilliseconds));
        foreach (var (service, create) in creators.Skip(1))
        {
            Console.WriteLine(Line($"first {service} client", Time(create)));
        }
        foreach (var (service, create) in creators)
        {
            Console.WriteLine(Line($"again: {service} client (median of {Repeats})", Median(create)) + string.Create(CultureInfo.InvariantCulture, $"  {MedianBytes(create) / 1024.0,7:0.0} KB"));
        }
        if (sdk == "awssdk")
        {
            return failures;
        }
        var (firstCallMs, firstCallBytes) = await MedianFirstGetItemAsync(stub).ConfigureAwait(false);
        Console.WriteLine(Line($"again: client + first GetItem (median of {Repeats})", firstCallMs) + string.Create(CultureInfo.InvariantCulture, $"  {firstCallBytes / 1024.0,7:0.0} KB"));
        return failures;
    }

    // A new BotoSharp session + client and its first GetItem (the AWS SDK's is in CreationBenchmarks): median time and
    // bytes allocated on the calling thread, which runs the whole stubbed call.
    private static async Task<(double Ms, long Bytes)> MedianFirstGetItemAsync(StubHandler stub)
    {
        var runs = new List<(double Ms, long Bytes)>();
        for (var i = 0; i < Repeats; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            await CreationBenchmarks.FirstGetItemAsync(stub).ConfigureAwait(false);
            runs.Add((watch.Elapsed.TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - before));
        }
        return (runs.Select(r => r.Ms).Order().ElementAt(Repeats / 2), runs.Select(r => r.Bytes).Order().ElementAt(Repeats / 2));
    }

    private static string Line(string name, double ms) => string.Create(CultureInfo.InvariantCulture, $"  {name,-42} {ms,9:0.00} ms");

    private static double Time(Func<IDisposable> create)
    {
        var watch = Stopwatch.StartNew();
        using var client = create();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static long MedianBytes(Func<IDisposable> create)
    {
        var bytes = Enumerable.Range(0, Repeats).Select(_ =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            create().Dispose();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }).Order().ToArray();
        return bytes[bytes.Length / 2];
    }

    private static double Median(Func<IDisposable> create)
    {
        var times = Enumerable.Range(0, Repeats).Select(_ => Time(create)).Order().ToArray();
        return times[times.Length / 2];
    }
}
