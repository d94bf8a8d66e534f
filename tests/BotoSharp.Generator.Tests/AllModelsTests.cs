using System.Diagnostics;
using BotoSharp.Generator.Tests.Support;

namespace BotoSharp.Generator.Tests;

/// <summary>
/// Every botocore model generates and compiles with zero errors and zero warnings, as a consumer project with
/// <c>BotoSharpService</c> compiles it (<see cref="GeneratorHarness.ConsumerCompilation"/>): all 424 models, in CI.
/// The services are checked in parallel, one compilation per core, largest first; the test prints where the time went.
/// </summary>
public class AllModelsTests
{
    [Test]
    public void AllBotocoreModelsCompileCleanly()
    {
        var services = BotocoreModels.Services;
        var load = LoadAverage();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var pauses = GC.GetTotalPauseDuration();
        var total = Stopwatch.StartNew();
        var checks = new ServiceCheck[services.Count];
        var largestFirst = Enumerable.Range(0, services.Count).OrderByDescending(i => BotocoreModels.SizeOf(services[i])).ToList();
        Parallel.ForEach(largestFirst, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => checks[i] = ServiceCheck.Run(services[i], concurrentBuild: false));
        total.Stop();
        TestContext.Out.WriteLine($"{services.Count} services generated and compiled in {total.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores " +
            $"(CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F0} s: generate {checks.Sum(c => c.Generate.TotalSeconds):F1} s, " +
            $"compile {checks.Sum(c => c.Compile.TotalSeconds):F1} s; GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalSeconds:F1} s; " +
            $"{checks.Sum(c => c.Files)} files; load average {load} before, {LoadAverage()} after)");
        var (paginators, waiters, plans) = (checks.Sum(c => c.Generated.Paginators), checks.Sum(c => c.Generated.Waiters), checks.Sum(c => c.Generated.Plans));
        TestContext.Out.WriteLine($"typed paginators generated: {paginators} (model: {checks.Sum(c => c.Modeled.Paginators)}), {plans} compiled to member access, " +
            $"{paginators - plans} on the runtime JMESPath engine; typed waiters generated: {waiters} (model: {checks.Sum(c => c.Modeled.Waiters)})");
        foreach (var slow in checks.OrderByDescending(c => c.Generate + c.Compile).Take(10))
        {
            TestContext.Out.WriteLine($"  {slow.Service,-32} generate {slow.Generate.TotalMilliseconds,8:F0} ms  compile {slow.Compile.TotalMilliseconds,8:F0} ms  {slow.Files,5} files");
        }

        Assert.That(checks.Where(c => c.Problems.Count > 0 || c.Files == 0)
            .Select(c => $"{c.Service}: {c.Files} files, {c.Problems.Count} problems, e.g. {string.Join(" | ", c.Problems.Take(3))}"), Is.Empty);
        // Every service generates one client, and no two the same: one project may ask for all of them.
        Assert.That(checks.Select(c => c.Clients.Count), Is.All.EqualTo(1));
        Assert.That(checks.SelectMany(c => c.Clients.Select(client => (c.Service, Client: client))).GroupBy(c => c.Client).Where(g => g.Count() > 1)
            .Select(g => string.Join(", ", g.Select(c => c.Service)) + " → " + g.Key), Is.Empty);
        Assert.That(checks.Where(c => (c.Generated.Paginators, c.Generated.Waiters) != c.Modeled)
            .Select(c => $"{c.Service}: generated {c.Generated.Paginators} paginators, {c.Generated.Waiters} waiters; model {c.Modeled}"), Is.Empty,
            "one typed method per paginator and waiter whose operation the model has");
    }

    [Test]
    public void GeneratedCodeIsCompiledWithTheLanguageVersionOfThePinnedSdk()
    {
        // .NET 10 projects compile as C# 14 (contextual `field`, `extension` blocks): checking the generated code with
        // an older compiler would miss what changed meaning there.
        Assert.That(GeneratorHarness.ParseOptions.LanguageVersion, Is.GreaterThanOrEqualTo(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp14));
    }

    [Test]
    public void BotocoresTwoNamesOfPinpointSmsVoiceCompileSideBySide()
    {
        // botocore ships one model as sms-voice and pinpoint-sms-voice; a project may ask for both (all 424 do).
        var files = BotocoreModels.FilesOf("pinpoint-sms-voice").Concat(BotocoreModels.FilesOf("sms-voice"));
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(GeneratorHarness.EmptyCompilation());
        var result = driver.GetRunResult();
        var problems = GeneratorHarness.ConsumerCompilation("PinpointSmsVoice", result.GeneratedTrees).GetDiagnostics()
            .Concat(result.Diagnostics).Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Assert.That(problems.Select(d => d.ToString()), Is.Empty);
        Assert.That(ServiceCheck.ClientsOf(result.GeneratedTrees.Select(t => t.ToString())), Is.EquivalentTo(new[]
        {
            "BotoSharp.Services.PinpointSMSVoice.PinpointSMSVoiceClient",
            "BotoSharp.Services.SmsVoice.SmsVoiceClient",
        }));
    }

    // The one-minute load average where the system reports it (Linux), to read the timings against.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
