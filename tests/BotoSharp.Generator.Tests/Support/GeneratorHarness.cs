using System.Collections.Immutable;
using BotoSharp.Clients;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BotoSharp.Generator.Tests.Support;

/// <summary>
/// Runs the generator in-process over model files and compiles its output against the runtime assembly, with the
/// same warnings-as-errors bar a consuming project has (documentation checked, nullable on).
/// </summary>
internal static class GeneratorHarness
{
    // Microsoft.NET.Sdk.Analyzers.targets: a .NETCoreApp project's WarningLevel is its target framework's major version.
    private const int ConsumerWarningLevel = 10;

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    // What Microsoft.NET.Sdk writes into obj/*.GlobalUsings.g.cs for <ImplicitUsings>enable</ImplicitUsings>.
    private static readonly Lazy<SyntaxTree> s_implicitUsings = new(() => CSharpSyntaxTree.ParseText(
        string.Concat(new[] { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" }
            .Select(n => $"global using global::{n};\n")),
        ParseOptions,
        "Consumer.GlobalUsings.g.cs"));

    /// <summary>Parse options of a consumer on the latest language version with doc comments checked.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>An empty compilation to run the generator on.</summary>
    public static CSharpCompilation EmptyCompilation(string name = "Generated") => CSharpCompilation.Create(
        name,
        Array.Empty<SyntaxTree>(),
        s_references.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    /// <summary>
    /// The generated trees compiled as a consumer project compiles them: a net10.0 project's warning level (the SDK sets
    /// <c>WarningLevel</c> to the target framework's major version, so warning waves apply), nullable on, doc comments
    /// checked (<see cref="ParseOptions"/>), and the global usings of <c>ImplicitUsings</c>, which generated code must
    /// not be ambiguous with.
    /// </summary>
    public static CSharpCompilation ConsumerCompilation(string name, IEnumerable<SyntaxTree> generated, bool concurrentBuild = true) =>
        CSharpCompilation.Create(
            name,
            generated.Prepend(s_implicitUsings.Value),
            s_references.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true,
                warningLevel: ConsumerWarningLevel,
                concurrentBuild: concurrentBuild));

    /// <summary>A driver over <paramref name="files"/>, tracking steps for incremental tests.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, TestOptionsProvider? options = null, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new BotoSharpGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            options ?? new TestOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator once and returns the result plus the compiled output's diagnostics.</summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> files, TestOptionsProvider? options = null)
    {
        var driver = CreateDriver(files, options).RunGeneratorsAndUpdateCompilation(EmptyCompilation(), out var output, out _);
        var result = driver.GetRunResult();
        return new GeneratorRun(result, output);
    }

    /// <summary>Reads model files from a folder laid out as <c>&lt;service&gt;/&lt;version&gt;/&lt;file&gt;</c>.</summary>
    public static IReadOnlyList<AdditionalText> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p) is "service-2.json" or "paginators-1.json" or "waiters-2.json"
                or "service-2.sdk-extras.json" or "paginators-1.sdk-extras.json" or "waiters-2.sdk-extras.json")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new InMemoryAdditionalText(p.Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var framework = trusted.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
            || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll" or "System.dll");
        return framework
            .Append(typeof(IRequestShape).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
