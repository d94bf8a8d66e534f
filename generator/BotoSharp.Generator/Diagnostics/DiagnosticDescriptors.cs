using Microsoft.CodeAnalysis;

namespace BotoSharp.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable: BOTO0xx parse, BOTO1xx model, BOTO2xx emit; each is
/// listed in AnalyzerReleases.*.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "BotoSharp.Generator";

    public static readonly DiagnosticDescriptor InvalidJson = new DiagnosticDescriptor(
        "BOTO001", "Invalid JSON in model file", "'{0}' is not valid JSON: {1}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor NotAModel = new DiagnosticDescriptor(
        "BOTO002", "Model file has an unexpected structure", "'{0}' is not a botocore {1} file: {2}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor MissingShape = new DiagnosticDescriptor(
        "BOTO101", "Missing shape reference", "Shape '{0}' referenced by '{1}' is not defined in service '{2}'", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor UnknownProtocol = new DiagnosticDescriptor(
        "BOTO102", "Unknown protocol", "Service '{0}' uses protocol '{1}', which is not one of json, rest-json, rest-xml, query, ec2, smithy-rpc-v2-cbor", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor DuplicateService = new DiagnosticDescriptor(
        "BOTO103", "Duplicate service", "Service '{0}' is defined more than once; '{1}' is used and this file is ignored", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor NameCollision = new DiagnosticDescriptor(
        "BOTO104", "Unresolvable name collision", "'{0}' in service '{1}' cannot be given a unique C# name", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor UnknownPaginatorOperation = new DiagnosticDescriptor(
        "BOTO105", "Paginator names an unknown operation", "A paginator names operation '{0}', which service '{1}' does not define", Category, DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor UnknownWaiterOperation = new DiagnosticDescriptor(
        "BOTO106", "Waiter names an unknown operation", "Waiter '{0}' names operation '{1}', which service '{2}' does not define", Category, DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor InvalidNamespace = new DiagnosticDescriptor(
        "BOTO107", "Invalid namespace", "BotoSharpNamespace '{0}' is not a valid C# namespace; the default '{1}' is used", Category, DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor EmitFailed = new DiagnosticDescriptor(
        "BOTO201", "Generator failed", "Generating service '{0}' failed: {1}", Category, DiagnosticSeverity.Error, true);

    /// <summary>BOTO202: an embedded emit template does not parse (a packaging or build defect, not a model problem).</summary>
    public static readonly DiagnosticDescriptor BrokenTemplate = new DiagnosticDescriptor(
        "BOTO202", "Broken template", "Emit template '{0}' does not parse: {1}", Category, DiagnosticSeverity.Error, true);

    /// <summary>The descriptor with <paramref name="id"/> (every id this generator creates is listed here).</summary>
    public static DiagnosticDescriptor Find(string id) => id switch
    {
        "BOTO001" => InvalidJson,
        "BOTO002" => NotAModel,
        "BOTO101" => MissingShape,
        "BOTO102" => UnknownProtocol,
        "BOTO103" => DuplicateService,
        "BOTO104" => NameCollision,
        "BOTO105" => UnknownPaginatorOperation,
        "BOTO106" => UnknownWaiterOperation,
        "BOTO107" => InvalidNamespace,
        "BOTO202" => BrokenTemplate,
        _ => EmitFailed,
    };
}
