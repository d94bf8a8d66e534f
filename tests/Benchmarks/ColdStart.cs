using System.Diagnostics;
using System.Globalization;
using Amazon.DynamoDBv2;
using Benchmarks.Stub;
using AwsDdb = Amazon.DynamoDBv2.Model;

namespace Benchmarks;

/// <summary>
/// Cold start: a fresh process creates a session (or config) and a client and performs one GetItem against the stub.
/// The children, launched <see cref="Runs"/> times each in turn: BotoSharp on the JIT and as Native AOT (the same
/// program, tests/ColdStart.BotoSharp, built by build/cold-start.sh, which passes their paths in
/// <c>BOTOSHARP_COLD_START_JIT</c>/<c>BOTOSHARP_COLD_START_AOT</c>; the JIT child runs the runtime's ReadyToRun image
/// the package ships for this platform, and <c>BOTOSHARP_COLD_START_JIT_IL</c> the same child over the runtime's plain
/// IL), and the AWS SDK on the JIT (this program's <c>--cold-once awssdk</c>). Reported: medians of the process wall
/// time (launch to exit, what a user waits for) and
/// of the in-process time from Main to the parsed result.
/// </summary>
public static class ColdStart
{
    /// <summary>Process runs per child.</summary>
    public const int Runs = 10;

    /// <summary>The AWS SDK child: one GetItem, prints elapsed ms and the item's name.</summary>
    public static async Task<int> RunOnceAsync(string sdk, long startTimestamp)
    {
        if (sdk != "awssdk")
        {
            Console.Error.WriteLine("--cold-once takes awssdk; BotoSharp's child is tests/ColdStart.BotoSharp (build/cold-start.sh)");
            return 2;
        }
        var handler = new StubHandler(Responses.DynamoDbGetItem);
        using var client = new AmazonDynamoDBClient(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonDynamoDBConfig(), handler));
        var output = await client.GetItemAsync(new AwsDdb.GetItemRequest
        {
            TableName = "users",
            Key = new() { ["pk"] = new AwsDdb.AttributeValue { S = "user#1234" } },
        }).ConfigureAwait(false);
        var name = output.Item["name"].S;
        var elapsed = Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
        Console.WriteLine(elapsed.ToString("0.00", CultureInfo.InvariantCulture) + " " + name);
        return name == "Ada Lovelace" ? 0 : 1;
    }

    /// <summary>The parent: launches the children and prints the medians.</summary>
    public static int Compare()
    {
        var children = new List<(string Name, string FileName, string[] Arguments)>();
        if (Environment.GetEnvironmentVariable("BOTOSHARP_COLD_START_JIT") is { Length: > 0 } jit)
        {
            children.Add(("BotoSharp (JIT, ReadyToRun runtime)", "dotnet", [jit]));
        }
        if (Environment.GetEnvironmentVariable("BOTOSHARP_COLD_START_JIT_IL") is { Length: > 0 } jitIl)
        {
            children.Add(("BotoSharp (JIT, IL runtime)", "dotnet", [jitIl]));
        }
        if (Environment.GetEnvironmentVariable("BOTOSHARP_COLD_START_AOT") is { Length: > 0 } aot)
        {
            children.Add(("BotoSharp (Native AOT)", aot, []));
        }
        if (children.Count == 0)
        {
            Console.Error.WriteLine("No BotoSharp child: run build/cold-start.sh, which builds tests/ColdStart.BotoSharp (JIT and Native AOT) and passes their paths.");
            return 2;
        }
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        children.Add(("AWS SDK (JIT)", self, Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? [typeof(ColdStart).Assembly.Location, "--cold-once", "awssdk"]
            : ["--cold-once", "awssdk"]));

        var results = children.ToDictionary(c => c.Name, _ => (Wall: new List<double>(), Inside: new List<double>()));
        Console.WriteLine($"load before: {LoadAverage()}");
        for (var run = 0; run < Runs; run++)
        {
            foreach (var child in children)
            {
                var (wall, inside) = Launch(child.Name, child.FileName, child.Arguments);
                results[child.Name].Wall.Add(wall);
                results[child.Name].Inside.Add(inside);
            }
        }
        Console.WriteLine($"load after:  {LoadAverage()}");
        Console.WriteLine($"Cold start, one GetItem in a fresh process, median of {Runs} runs:");
        Console.WriteLine("| SDK | process wall time | Main → result | wall ÷ AWS SDK |");
        Console.WriteLine("|---|---:|---:|---:|");
        var awsWall = Median(results["AWS SDK (JIT)"].Wall);
        foreach (var (name, (wall, inside)) in results)
        {
            Console.WriteLine($"| {name} | {Median(wall):0.0} ms | {Median(inside):0.0} ms | {Median(wall) / awsWall:0.00} |");
        }
        return 0;
    }

    private static (double Wall, double Inside) Launch(string name, string fileName, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var line = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0 || !line.EndsWith(" Ada Lovelace", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"cold-start child {name} failed (exit {process.ExitCode}): {line}");
        }
        return (watch.Elapsed.TotalMilliseconds, double.Parse(line.Split(' ')[0], CultureInfo.InvariantCulture));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
