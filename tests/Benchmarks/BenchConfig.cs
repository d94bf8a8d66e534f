using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Benchmarks;

/// <summary>
/// BenchmarkDotNet's default job: each benchmark in its own process, with BenchmarkDotNet's own pilot, warm-up and
/// iteration counts (each iteration at least 1 s) (so the baseline's first measured calls are not still warming up). <c>--quick</c> swaps in a short
/// in-process job, only to smoke-check the harness: its figures are not results.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    /// <summary>Set by <c>--quick</c> before BenchmarkDotNet reads the configuration.</summary>
    public static bool Quick { get; set; }

    /// <summary>Creates the configuration every benchmark class uses.</summary>
    public BenchConfig()
    {
        AddJob(Quick
            ? Job.ShortRun.WithWarmupCount(3).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance).WithId("quick-inproc")
            // The default job with a longer least iteration: this machine switches between two speeds (about 2×)
            // after BenchmarkDotNet's pilot has sized the iterations, which left iterations under the 100 ms its
            // MinIterationTime warning asks for.
            : Job.Default.WithMinIterationTime(Perfolizer.Horology.TimeInterval.FromSeconds(1)).WithId("default"));
        // The default job builds its own copy of the project, generated clients included (EC2's alone takes minutes here).
        WithBuildTimeout(TimeSpan.FromMinutes(30));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(CategoriesColumn.Default, BaselineRatioColumn.RatioMean, BaselineAllocationRatioColumn.RatioMean);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
        Orderer = new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared);
    }
}
