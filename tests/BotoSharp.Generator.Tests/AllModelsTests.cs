using System.Diagnostics;
using BotoSharp.Generator.Tests.Support;

namespace BotoSharp.Generator.Tests;

/// <summary>
/// Every botocore model generates and compiles with zero errors and zero warnings. CI generates all 424 models (no
/// generator diagnostic, one typed method per paginator and waiter) and compiles the fixed 40-service sample; the
/// full compile runs with
/// <c>dotnet test tests/BotoSharp.Generator.Tests --filter "FullyQualifiedName~AllBotocoreModelsCompile"</c>.
/// </summary>
public class AllModelsTests
{
    [Test]
    public void TheCiSampleOfFortyBotocoreModelsCompilesCleanly() => GenerateAndCompile(BotocoreModels.Sample(), compile: true);

    [Test]
    public void AllBotocoreModelsGenerateEveryPaginatorAndWaiter() => GenerateAndCompile(BotocoreModels.Services, compile: false);

    [Test]
    public void BotocoresTwoNamesOfPinpointSmsVoiceCompileSideBySide()
    {
        // botocore ships one model as sms-voice and pinpoint-sms-voice; a project may ask for both (all 424 do).
        var files = BotocoreModels.FilesOf("pinpoint-sms-voice").Concat(BotocoreModels.FilesOf("sms-voice"));
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(GeneratorHarness.EmptyCompilation());
        var result = driver.GetRunResult();
        var problems = GeneratorHarness.EmptyCompilation().AddSyntaxTrees(result.GeneratedTrees).GetDiagnostics()
            .Concat(result.Diagnostics).Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Assert.That(problems.Select(d => d.ToString()), Is.Empty);
        Assert.That(ClientsOf(result.GeneratedTrees.Select(t => t.ToString())), Is.EquivalentTo(new[]
        {
            "BotoSharp.Services.PinpointSMSVoice.PinpointSMSVoiceClient",
            "BotoSharp.Services.SmsVoice.SmsVoiceClient",
        }));
    }

    [Test]
    [Explicit("Compiles all 424 botocore models (tens of minutes on 2 cores); run by name, see the class summary.")]
    public void AllBotocoreModelsCompileCleanly() => GenerateAndCompile(BotocoreModels.Services, compile: true);

    private static void GenerateAndCompile(IReadOnlyList<string> services, bool compile)
    {
        var failures = new List<string>();
        var timings = new List<(string Service, TimeSpan Generate, TimeSpan Compile, int Files)>();
        var (paginators, waiters, modeledPaginators, modeledWaiters, plans) = (0, 0, 0, 0, 0);
        var clients = new List<(string Service, string Client)>();
        var total = Stopwatch.StartNew();
        foreach (var service in services)
        {
            var files = BotocoreModels.FilesOf(service);
            var generate = Stopwatch.StartNew();
            var driver = GeneratorHarness.CreateDriver(files).RunGenerators(GeneratorHarness.EmptyCompilation(service));
            generate.Stop();
            var result = driver.GetRunResult();
            var compileTime = Stopwatch.StartNew();
            var problems = compile
                ? GeneratorHarness.EmptyCompilation(service).AddSyntaxTrees(result.GeneratedTrees).GetDiagnostics()
                    .Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).ToList()
                : new List<Microsoft.CodeAnalysis.Diagnostic>();
            compileTime.Stop();
            problems.AddRange(result.Diagnostics);
            if (problems.Count > 0 || result.GeneratedTrees.Length == 0)
            {
                failures.Add($"{service}: {problems.Count} problems, e.g. {string.Join(" | ", problems.Take(3))}");
            }
            timings.Add((service, generate.Elapsed, compileTime.Elapsed, result.GeneratedTrees.Length));
            var sources = result.GeneratedTrees.Select(t => t.ToString()).ToList();
            clients.AddRange(ClientsOf(sources).Select(c => (service, c)));
            paginators += sources.Sum(s => Occurrences(s, "public global::BotoSharp.Paginators.PageIterator<"));
            waiters += sources.Sum(s => Occurrences(s, "_client.WaitAsync("));
            plans += sources.Sum(s => Occurrences(s, "private static global::BotoSharp.Paginators.TypedPagination<"));
            var (p, w) = ModeledPaginatorsAndWaiters(service);
            modeledPaginators += p;
            modeledWaiters += w;
        }
        total.Stop();
        TestContext.Out.WriteLine($"{services.Count} services generated{(compile ? " and compiled" : string.Empty)} in {total.Elapsed.TotalSeconds:F1} s " +
            $"(generate {timings.Sum(t => t.Generate.TotalSeconds):F1} s, compile {timings.Sum(t => t.Compile.TotalSeconds):F1} s, {timings.Sum(t => t.Files)} files)");
        TestContext.Out.WriteLine($"typed paginators generated: {paginators} (model: {modeledPaginators}), {plans} compiled to member access, " +
            $"{paginators - plans} on the runtime JMESPath engine; typed waiters generated: {waiters} (model: {modeledWaiters})");
        foreach (var slow in timings.OrderByDescending(t => t.Generate + t.Compile).Take(10))
        {
            TestContext.Out.WriteLine($"  {slow.Service,-32} generate {slow.Generate.TotalMilliseconds,8:F0} ms  compile {slow.Compile.TotalMilliseconds,8:F0} ms  {slow.Files,5} files");
        }
        Assert.That(failures, Is.Empty);
        // Every service generates one client, and no two the same: one project may ask for all of them.
        Assert.That(clients.Select(c => c.Service), Is.EqualTo(services));
        Assert.That(clients.GroupBy(c => c.Client).Where(g => g.Count() > 1).Select(g => string.Join(", ", g.Select(c => c.Service)) + " → " + g.Key), Is.Empty);
        Assert.That((paginators, waiters), Is.EqualTo((modeledPaginators, modeledWaiters)), "one typed method per paginator and waiter whose operation the model has");
    }

    // The fully qualified generated clients (classes deriving from BaseClient) among the sources.
    private static IEnumerable<string> ClientsOf(IEnumerable<string> sources) =>
        from source in sources
        let client = System.Text.RegularExpressions.Regex.Match(source, @"^public partial class (\w+) : BaseClient", System.Text.RegularExpressions.RegexOptions.Multiline)
        where client.Success
        select System.Text.RegularExpressions.Regex.Match(source, @"^namespace ([\w.]+);", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value + "." + client.Groups[1].Value;

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    // The paginators and waiters of the service's model files whose operation the service model has.
    private static (int Paginators, int Waiters) ModeledPaginatorsAndWaiters(string service)
    {
        var folder = Path.GetDirectoryName(Directory.GetFiles(Path.Combine(BotocoreModels.Folder, service), "service-2.json", SearchOption.AllDirectories).Single())!;
        using var model = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "service-2.json")));
        var operations = model.RootElement.GetProperty("operations").EnumerateObject().Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        int Count(string file, string section, Func<System.Text.Json.JsonProperty, string> operationOf)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                return 0;
            }
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
            return doc.RootElement.TryGetProperty(section, out var all) ? all.EnumerateObject().Count(e => operations.Contains(operationOf(e))) : 0;
        }
        return (Count("paginators-1.json", "pagination", p => p.Name),
            Count("waiters-2.json", "waiters", w => w.Value.TryGetProperty("operation", out var op) ? op.GetString()! : string.Empty));
    }
}
