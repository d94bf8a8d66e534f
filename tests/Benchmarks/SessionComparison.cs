using System.Globalization;
using BenchmarkDotNet.Reports;

namespace Benchmarks;

/// <summary>After a run that included <see cref="SessionBenchmarks"/>, times botocore and prints both side by side.</summary>
public static class SessionComparison
{
    private static readonly Dictionary<string, string> s_botocoreKeys = new(StringComparer.Ordinal)
    {
        [nameof(SessionBenchmarks.SessionRegionCredentials)] = "session",
        [nameof(SessionBenchmarks.LoadConfig500Profiles)] = "load_config",
        [nameof(SessionBenchmarks.SessionAvailableProfiles)] = "profiles",
    };

    /// <summary>Prints the comparison table when any session benchmark ran.</summary>
    public static void Print(IEnumerable<Summary> summaries)
    {
        var reports = summaries.SelectMany(s => s.Reports)
            .Where(r => r.BenchmarkCase.Descriptor.Type == typeof(SessionBenchmarks) && r.ResultStatistics is not null)
            .ToList();
        if (reports.Count == 0)
        {
            return;
        }
        var botocore = BotocoreTimings.Measure();
        Console.WriteLine();
        Console.WriteLine($"Session set-up, BotoSharp (BenchmarkDotNet best iteration) beside botocore {botocore["version"].GetString()} (python timeit, best of 5 repeats):");
        Console.WriteLine("| Benchmark | BotoSharp | botocore | BotoSharp ÷ botocore | goal ≤ 0.05 |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        foreach (var report in reports)
        {
            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            // Best iteration against python's best repeat: both are the mean of one batch of calls, least disturbed by
            // the other processes on a shared machine.
            var ours = report.ResultStatistics!.Min / 1000.0;
            var theirs = botocore[s_botocoreKeys[method]].GetDouble();
            var ratio = ours / theirs;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'')} | {BotocoreTimings.Micros(ours)} | {BotocoreTimings.Micros(theirs)} | {ratio:0.000} (1/{1 / ratio:0}) | {(ratio <= 0.05 ? "met" : "missed")} |"));
        }
    }
}
