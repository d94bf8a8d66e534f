using System.Diagnostics;
using BotoSharp.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace BotoSharp.Generator.Tests;

/// <summary>
/// A timed driver run of the generator itself (no compilation of its output), reported as medians: EC2 cold, and a
/// warm rerun after a whitespace edit. Run with
/// <c>dotnet test tests/BotoSharp.Generator.Tests -c Release --filter "FullyQualifiedName~GeneratorBenchmark"</c>.
/// </summary>
public class GeneratorBenchmarkTests
{
    private const int Runs = 5;

    [Test]
    [Explicit("A benchmark, not a test of behaviour: it reports timings and asserts only that the runs produced output.")]
    public void GeneratorBenchmarkOnEc2()
    {
        var files = BotocoreModels.FilesOf("ec2");
        var service = files.Single(f => f.Path.EndsWith("service-2.json", StringComparison.Ordinal));
        var text = service.GetText()!.ToString();

        var cold = new List<double>();
        var allocated = new List<long>();
        var sources = 0;
        for (var i = 0; i < Runs; i++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var result = GeneratorHarness.CreateDriver(files, trackSteps: false).RunGenerators(GeneratorHarness.EmptyCompilation()).GetRunResult();
            watch.Stop();
            allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
            cold.Add(watch.Elapsed.TotalMilliseconds);
            sources = result.GeneratedTrees.Length;
        }

        // As in the IDE: no step tracking.
        var driver = GeneratorHarness.CreateDriver(files, trackSteps: false).RunGenerators(GeneratorHarness.EmptyCompilation());
        var current = service;
        var warm = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var edited = new InMemoryAdditionalText(service.Path, text + new string(' ', i + 1));
            driver = driver.ReplaceAdditionalText(current, edited);
            current = edited;
            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation());
            watch.Stop();
            warm.Add(watch.Elapsed.TotalMilliseconds);
        }

        var unchanged = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation());
            watch.Stop();
            unchanged.Add(watch.Elapsed.TotalMilliseconds);
        }

        TestContext.Out.WriteLine($"EC2 warm rerun with no edit (driver overhead): median {Median(unchanged):F1} ms over {Runs} runs");
        TestContext.Out.WriteLine($"EC2 cold generate: median {Median(cold):F0} ms over {Runs} runs, {sources} sources, " +
            $"median allocated {Median(allocated.Select(a => (double)a)) / (1024 * 1024):F0} MB, process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        TestContext.Out.WriteLine($"EC2 warm rerun after a whitespace edit: median {Median(warm):F1} ms over {Runs} runs");
        Assert.That(sources, Is.GreaterThan(1000));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
