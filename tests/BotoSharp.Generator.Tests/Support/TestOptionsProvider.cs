using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BotoSharp.Generator.Tests.Support;

/// <summary>MSBuild-visible properties and item metadata for driver tests (e.g. <c>build_property.BotoSharpNamespace</c>).</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;
    private readonly IReadOnlyDictionary<string, Options> _perFile;

    public TestOptionsProvider(IReadOnlyDictionary<string, string>? global = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null)
    {
        _global = new Options(global ?? new Dictionary<string, string>());
        _perFile = (perFile ?? new Dictionary<string, IReadOnlyDictionary<string, string>>()).ToDictionary(p => p.Key, p => new Options(p.Value));
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _perFile.TryGetValue(textFile.Path, out var options) ? options : Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values)
        {
            _values = values;
        }

        public static Options Empty { get; } = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
