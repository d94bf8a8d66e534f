using System.Collections.Generic;
using System.Linq;

namespace BotoSharp.Generator.Model;

/// <summary>
/// The framework and runtime types generated code names. Each is written by its simple name (the generated file
/// imports its namespace) unless a generated type or member in the service has the same name, in which case it is
/// written fully qualified with <c>global::</c> — so a shape called <c>Stream</c>, <c>Task</c> or <c>Type</c> keeps its
/// model name and still compiles.
/// </summary>
internal sealed class ExternalNames
{
    private static readonly Dictionary<string, string> s_qualified = new Dictionary<string, string>
    {
        ["Stream"] = "global::System.IO.Stream",
        ["DateTimeOffset"] = "global::System.DateTimeOffset",
        ["List"] = "global::System.Collections.Generic.List",
        ["Dictionary"] = "global::System.Collections.Generic.Dictionary",
        ["IReadOnlyDictionary"] = "global::System.Collections.Generic.IReadOnlyDictionary",
        ["Task"] = "global::System.Threading.Tasks.Task",
        ["CancellationToken"] = "global::System.Threading.CancellationToken",
        ["Obsolete"] = "global::System.Obsolete",
        ["Type"] = "global::System.Type",
        ["IEquatable"] = "global::System.IEquatable",
        ["StringComparer"] = "global::System.StringComparer",
        ["StringComparison"] = "global::System.StringComparison",
        ["ArgumentNullException"] = "global::System.ArgumentNullException",
        ["ReadOnlySpan"] = "global::System.ReadOnlySpan",
        ["Encoding"] = "global::System.Text.Encoding",
        ["ModuleInitializer"] = "global::System.Runtime.CompilerServices.ModuleInitializer",
        ["IDisposable"] = "global::System.IDisposable",
        ["BaseClient"] = "global::BotoSharp.BaseClient",
        ["IClientPipeline"] = "global::BotoSharp.IClientPipeline",
        ["OperationMetadata"] = "global::BotoSharp.Clients.OperationMetadata",
        ["IRequestShape"] = "global::BotoSharp.Clients.IRequestShape",
        ["IResponseShape"] = "global::BotoSharp.Clients.IResponseShape",
        ["ShapeValues"] = "global::BotoSharp.Clients.ShapeValues",
        ["ResponseMetadata"] = "global::BotoSharp.Clients.ResponseMetadata",
        ["IShapeReader"] = "global::BotoSharp.Protocols.Typed.Reading.IShapeReader",
        ["IShapeWriter"] = "global::BotoSharp.Protocols.Typed.Writing.IShapeWriter",
        ["EmptyRequest"] = "global::BotoSharp.Clients.EmptyRequest",
        ["EmptyResponse"] = "global::BotoSharp.Clients.EmptyResponse",
        ["ClientError"] = "global::BotoSharp.Errors.ClientError",
        ["CompiledModelRegistry"] = "global::BotoSharp.Loading.CompiledModelRegistry",
        ["CompiledServiceModel"] = "global::BotoSharp.Loading.CompiledServiceModel",
    };

    private readonly HashSet<string> _qualify;

    public ExternalNames(IEnumerable<string> qualify)
    {
        _qualify = new HashSet<string>(qualify);
    }

    /// <summary>The simple names that collide with something generated, sorted (kept in the spec).</summary>
    public static IEnumerable<string> Colliding(IEnumerable<string> generatedNames) =>
        generatedNames.Where(s_qualified.ContainsKey).Distinct().OrderBy(n => n, System.StringComparer.Ordinal);

    /// <summary>How generated code must write <paramref name="simpleName"/>.</summary>
    /// <summary>Every simple name this class can qualify (the keys templates see under <c>n</c>).</summary>
    public static IEnumerable<string> Known => s_qualified.Keys;

    public string this[string simpleName] => _qualify.Contains(simpleName) ? s_qualified[simpleName] : simpleName;

    /// <summary>
    /// The namespaces generated files import (written <c>global::</c>-rooted inside the namespace, so neither a shape named
    /// <c>System</c> nor a consumer's global usings can change what they mean).
    /// </summary>
    public static IReadOnlyList<string> Usings { get; } = new[]
    {
        "System",
        "System.Collections.Generic",
        "System.IO",
        "System.Threading",
        "System.Threading.Tasks",
        "BotoSharp",
        "BotoSharp.Clients",
        "BotoSharp.Errors",
        "BotoSharp.Loading",
        "BotoSharp.Protocols.Typed.Reading",
        "BotoSharp.Protocols.Typed.Writing",
    };
}
