using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace BotoSharp.Generator.Tests.Support;

/// <summary>One generator run: its result and the compilation with the generated sources added.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output)
{
    /// <summary>Generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources => Result.Results
        .SelectMany(r => r.GeneratedSources)
        .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>The generator's own diagnostics.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    /// <summary>Warnings and errors from compiling the generated code (what a consumer with warnings-as-errors sees).</summary>
    public IReadOnlyList<Diagnostic> CompileProblems => Output.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .ToList();
}
