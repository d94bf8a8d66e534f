using System.Diagnostics;
using System.Globalization;
using Amazon.DynamoDBv2;
using Benchmarks.Stub;
using AwsDdb = Amazon.DynamoDBv2.Model;
using Ddb = BotoSharp.Services.DynamoDB;

namespace Benchmarks;

/// <summary>
/// Cold start: a fresh process creates a session (or config) and a client and performs one GetItem against the stub.
/// The parent launches each SDK's child <see cref="Runs"/> times, alternating, and reports medians of the process
/// wall time (launch to exit, what a user waits for) and of the in-process time from Main to the parsed result.
/// </summary>
public static class ColdStart
{
    /// <summary>Process runs per SDK.</summary>
    public const int Runs = 10;

    /// <summary>The child: one GetItem with <paramref name="sdk"/> (<c>botosharp</c> or <c>awssdk</c>), prints elapsed ms.</summary>
    public static async Task<int> RunOnceAsync(string sdk, long startTimestamp)
    {
        var handler = new StubHandler(Responses.DynamoDbGetItem);
        string? name;
        if (sdk == "botosharp")
        {
            var client = ClientSetup.BotoSharp<Ddb.DynamoDBClient>(handler);
            var output = await client.GetItemAsync(new Ddb.GetItemInput
            {
                TableName = "users",
                Key = new() { ["pk"] = new Ddb.AttributeValue { S = "user#1234" } },
            }).ConfigureAwait(false);
            name = output.Item?["name"].S;
        }
        else
        {
            using var client = new AmazonDynamoDBClient(ClientSetup.AwsCredentials, ClientSetup.AwsConfig(new AmazonDynamoDBConfig(), handler));
            var output = await client.GetItemAsync(new AwsDdb.GetItemRequest
            {
                TableName = "users",
                Key = new() { ["pk"] = new AwsDdb.AttributeValue { S = "user#1234" } },
            }).ConfigureAwait(false);
            name = output.Item["name"].S;
        }
        var elapsed = Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
        Console.WriteLine(elapsed.ToString("0.00", CultureInfo.InvariantCulture) + " " + name);
        return name == "Ada Lovelace" ? 0 : 1;
    }

    /// <summary>The parent: launches the children and prints the medians.</summary>
    public static int Compare()
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var dll = typeof(ColdStart).Assembly.Location;
        var results = new Dictionary<string, (List<double> Wall, List<double> Inside)> { ["botosharp"] = (new(), new()), ["awssdk"] = (new(), new()) };
        for (var run = 0; run < Runs; run++)
        {
            foreach (var sdk in results.Keys)
            {
                var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
                if (Path.GetFileNameWithoutExtension(self) == "dotnet")
                {
                    start.ArgumentList.Add(dll);
                }
                start.ArgumentList.Add("--cold-once");
                start.ArgumentList.Add(sdk);
                var watch = Stopwatch.StartNew();
                using var process = Process.Start(start)!;
                var line = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit();
                watch.Stop();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"cold-start child for {sdk} failed: {line}");
                }
                results[sdk].Wall.Add(watch.Elapsed.TotalMilliseconds);
                results[sdk].Inside.Add(double.Parse(line.Split(' ')[0], CultureInfo.InvariantCulture));
            }
        }
        Console.WriteLine($"Cold start, one GetItem in a fresh process, median of {Runs} runs:");
        Console.WriteLine("| SDK | process wall time | Main → result |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (sdk, (wall, inside)) in results)
        {
            Console.WriteLine($"| {(sdk == "botosharp" ? "BotoSharp" : "AWS SDK")} | {Median(wall):0.0} ms | {Median(inside):0.0} ms |");
        }
        Console.WriteLine($"Ratio (BotoSharp ÷ AWS SDK): wall {Median(results["botosharp"].Wall) / Median(results["awssdk"].Wall):0.00}, "
            + $"in-process {Median(results["botosharp"].Inside) / Median(results["awssdk"].Inside):0.00}");
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
