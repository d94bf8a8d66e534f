using System.Diagnostics;
using BotoSharp.Generator.Tests.Support;

namespace BotoSharp.Generator.Tests;

/// <summary>
/// Every botocore model generates and compiles with zero errors and zero warnings. CI runs the fixed 40-service
/// sample; the full set runs with
/// <c>dotnet test tests/BotoSharp.Generator.Tests --filter "FullyQualifiedName~AllBotocoreModels"</c>.
/// </summary>
public class AllModelsTests
{
    [Test]
    public void TheCiSampleOfFortyBotocoreModelsCompilesCleanly() => GenerateAndCompile(BotocoreModels.Sample());

    [Test]
    [Explicit("Compiles all 424 botocore models (several minutes on 2 cores); run by name, see the class summary.")]
    public void AllBotocoreModelsCompileCleanly() => GenerateAndCompile(BotocoreModels.Services);

    private static void GenerateAndCompile(IReadOnlyList<string> services)
    {
        var failures = new List<string>();
        var timings = new List<(string Service, TimeSpan Generate, TimeSpan Compile, int Files)>();
        var total = Stopwatch.StartNew();
        foreach (var service in services)
        {
            var files = BotocoreModels.FilesOf(service);
            var generate = Stopwatch.StartNew();
            var driver = GeneratorHarness.CreateDriver(files).RunGenerators(GeneratorHarness.EmptyCompilation(service));
            generate.Stop();
            var result = driver.GetRunResult();
            var compile = Stopwatch.StartNew();
            var compilation = GeneratorHarness.EmptyCompilation(service).AddSyntaxTrees(result.GeneratedTrees);
            var problems = compilation.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).ToList();
            compile.Stop();
            problems.AddRange(result.Diagnostics);
            if (problems.Count > 0 || result.GeneratedTrees.Length == 0)
            {
                failures.Add($"{service}: {problems.Count} problems, e.g. {string.Join(" | ", problems.Take(3))}");
            }
            timings.Add((service, generate.Elapsed, compile.Elapsed, result.GeneratedTrees.Length));
        }
        total.Stop();
        TestContext.Out.WriteLine($"{services.Count} services generated and compiled in {total.Elapsed.TotalSeconds:F1} s " +
            $"(generate {timings.Sum(t => t.Generate.TotalSeconds):F1} s, compile {timings.Sum(t => t.Compile.TotalSeconds):F1} s, {timings.Sum(t => t.Files)} files)");
        foreach (var slow in timings.OrderByDescending(t => t.Generate + t.Compile).Take(10))
        {
            TestContext.Out.WriteLine($"  {slow.Service,-32} generate {slow.Generate.TotalMilliseconds,8:F0} ms  compile {slow.Compile.TotalMilliseconds,8:F0} ms  {slow.Files,5} files");
        }
        Assert.That(failures, Is.Empty);
    }
}
