using System.Diagnostics;
using System.Globalization;
using Benchmarks.Stub;
using Ddb = BotoSharp.Services.DynamoDB;
using Ec2 = BotoSharp.Services.EC2;
using S3 = BotoSharp.Services.S3;

namespace Benchmarks;

/// <summary>
/// "--probe-create": Stopwatch timings of client creation in one fresh process: the first session + client of each
/// service (what a program pays once, JIT included), then the median of repeated session + client creations (what
/// every further session pays), and the first GetItem on a fresh client. Quick and load-sensitive: the load average
/// is printed beside the figures.
/// </summary>
public static class CreationProbe
{
    private const int Repeats = 15;

    /// <summary>Runs the probe; returns the process exit code.</summary>
    public static async Task<int> RunAsync()
    {
        var handler = new StubHandler(Responses.DynamoDbGetItem);
        Console.WriteLine(Line("first session + DynamoDB client", Time(() => ClientSetup.BotoSharp<Ddb.DynamoDBClient>(handler))));
        var client = ClientSetup.BotoSharp<Ddb.DynamoDBClient>(handler);
        var watch = Stopwatch.StartNew();
        await client.GetItemAsync(new Ddb.GetItemInput { TableName = "users", Key = new() { ["pk"] = new Ddb.AttributeValue { S = "user#1234" } } }).ConfigureAwait(false);
        Console.WriteLine(Line("first GetItem on a fresh client", watch.Elapsed.TotalMilliseconds));
        Console.WriteLine(Line("first session + S3 client", Time(() => ClientSetup.BotoSharp<S3.S3Client>(handler))));
        Console.WriteLine(Line("first session + EC2 client", Time(() => ClientSetup.BotoSharp<Ec2.EC2Client>(handler))));
        Console.WriteLine(Line("again: session + DynamoDB client (median)", Median(() => ClientSetup.BotoSharp<Ddb.DynamoDBClient>(handler))));
        Console.WriteLine(Line("again: session + S3 client (median)", Median(() => ClientSetup.BotoSharp<S3.S3Client>(handler))));
        Console.WriteLine(Line("again: session + EC2 client (median)", Median(() => ClientSetup.BotoSharp<Ec2.EC2Client>(handler))));
        return 0;
    }

    private static string Line(string name, double ms) => string.Create(CultureInfo.InvariantCulture, $"{name,-44} {ms,9:0.00} ms");

    private static double Time(Func<object> action)
    {
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(action());
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(Func<object> action)
    {
        var times = Enumerable.Range(0, Repeats).Select(_ => Time(action)).Order().ToArray();
        return times[times.Length / 2];
    }
}
