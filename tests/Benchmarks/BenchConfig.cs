using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Benchmarks;

/// <summary>
/// A short job run in-process: the machine has 2 cores shared by several engineers, so we trade some precision for
/// minutes (3 warm-ups, 5 iterations). In-process also avoids rebuilding the generated EC2 client for every run.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    /// <summary>Creates the configuration every benchmark class uses.</summary>
    public BenchConfig()
    {
        AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance).WithId("short-inproc"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(CategoriesColumn.Default, BaselineRatioColumn.RatioMean, BaselineAllocationRatioColumn.RatioMean);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
        Orderer = new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared);
    }
}
