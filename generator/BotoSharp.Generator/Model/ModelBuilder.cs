using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Parse;

namespace BotoSharp.Generator.Model;

/// <summary>
/// Turns a <see cref="RawService"/> into a <see cref="ServiceSpec"/>: decides every C# name (types, members,
/// methods, enum values), every member type and conversion, the operation metadata literals and the doc comments.
/// </summary>
internal sealed partial class ModelBuilder
{
    /// <summary>The protocols the runtime implements.</summary>
    public static readonly HashSet<string> KnownProtocols = new HashSet<string>(StringComparer.Ordinal)
    {
        "json", "rest-json", "rest-xml", "query", "ec2", "smithy-rpc-v2-cbor",
    };

    private static readonly string[] s_structureReserved =
    {
        "ToParameters", "FromParsed", "Dispose", "GetType", "ToString", "Equals", "GetHashCode", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    private static readonly string[] s_errorReserved =
    {
        "Message", "Data", "InnerException", "StackTrace", "Source", "HelpLink", "HResult", "TargetSite", "GetBaseException",
        "GetObjectData", "Code", "ErrorMessage", "StatusCode", "RequestId", "Response", "OperationName", "Kwargs", "SerializeObjectState",
    };

    private readonly RawService _raw;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new List<DiagnosticInfo>();
    private readonly Dictionary<string, RawShape> _shapes = new Dictionary<string, RawShape>(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _structureTypes = new Dictionary<string, string>(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _enumTypes = new Dictionary<string, string>(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _errorTypes = new Dictionary<string, string>(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _memberNames = new Dictionary<string, string[]>(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumValueSpec[]> _enumValues = new Dictionary<string, EnumValueSpec[]>(StringComparer.Ordinal);
    private ExternalNames _names = new ExternalNames(Array.Empty<string>());

    private ModelBuilder(RawService raw, CancellationToken cancellationToken)
    {
        _raw = raw;
        _cancellationToken = cancellationToken;
        foreach (var shape in raw.Shapes)
        {
            _shapes[shape.Name] = shape;
        }
    }

    /// <summary>Builds the spec for one service, or only diagnostics when it cannot be generated.</summary>
    public static ModelResult Build(RawService raw, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var builder = new ModelBuilder(raw, cancellationToken);
        ServiceSpec? spec;
        try
        {
            spec = raw.IsValid ? builder.BuildSpec(options) : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            spec = null;
            builder._diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmitFailed, LocationInfo.FileStart(raw.FilePath), raw.ServiceName, e.Message));
        }
        return new ModelResult(spec, EquatableArray.From(raw.Diagnostics.Concat(builder._diagnostics)), raw.FilePath);
    }

    private ServiceSpec? BuildSpec(GeneratorOptions options)
    {
        if (_raw.Protocol is null || !KnownProtocols.Contains(_raw.Protocol))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownProtocol, _raw.ProtocolLocation, _raw.ServiceName, _raw.Protocol ?? "(none)"));
            return null;
        }
        var serviceName = Naming.Pascal(DuplicateServices.NameSource(_raw.ServiceName, _raw.ServiceId, _raw.ServiceAbbreviation), "Service");
        var clientName = serviceName + "Client";
        var exceptionsName = serviceName + "Exceptions";
        var registrationName = serviceName + "ModelRegistration";
        // Case-insensitive: hint names (one file per type) must differ ignoring case, and so should types for readers.
        var paginatorsName = serviceName + "Paginators";
        var waitersName = serviceName + "Waiters";
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { clientName, exceptionsName, registrationName, paginatorsName, waitersName };

        NameTypes(taken, serviceName);
        NameMembers();
        _names = new ExternalNames(ExternalNames.Colliding(
            taken.Concat(_memberNames.Values.SelectMany(m => m)).Concat(_enumValues.Values.SelectMany(v => v.Select(e => e.Name)))));
        _cancellationToken.ThrowIfCancellationRequested();

        var structures = BuildStructures();
        var enums = _enumTypes.OrderBy(e => e.Value, StringComparer.Ordinal).Select(e => BuildEnum(_shapes[e.Key], e.Value)).ToArray();
        var errors = BuildErrors();
        var operations = BuildOperations(taken);
        CheckPaginatorsAndWaiters();

        return new ServiceSpec(
            _raw.ServiceName,
            _raw.ApiVersion,
            Namespace(options, serviceName),
            clientName,
            exceptionsName,
            registrationName,
            _raw.Protocol!,
            Documentation.ToLines(_raw.Documentation, $"A client for {_raw.ServiceFullName ?? serviceName} (API version {_raw.ApiVersion})."),
            EquatableArray.From(ExternalNames.Colliding(taken.Concat(_memberNames.Values.SelectMany(m => m)).Concat(_enumValues.Values.SelectMany(v => v.Select(e => e.Name))))),
            new EquatableArray<StructureSpec>(structures),
            new EquatableArray<EnumSpec>(enums),
            new EquatableArray<ErrorSpec>(errors),
            new EquatableArray<OperationSpec>(operations),
            _raw.CompactService,
            _raw.CompactPaginators,
            _raw.CompactWaiters,
            _raw.CompactEndpointRuleSet,
            paginatorsName,
            new EquatableArray<PaginatorSpec>(BuildPaginators(_raw.PaginatorOperations, operations, structures)),
            waitersName,
            new EquatableArray<WaiterSpec>(BuildWaiters(_raw.WaiterOperations, operations)));
    }

    private string Namespace(GeneratorOptions options, string serviceName)
    {
        var fallback = GeneratorOptions.DefaultNamespaceTemplate.Replace("{Service}", serviceName);
        var ns = options.NamespaceTemplate.Replace("{Service}", serviceName).Trim();
        var valid = ns.Length > 0 && ns.Split('.').All(p => Naming.IsValid(p) && !p.StartsWith("@", StringComparison.Ordinal) && Naming.Escape(p) == p);
        if (valid)
        {
            return ns;
        }
        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNamespace, null, options.NamespaceTemplate, fallback));
        return fallback;
    }

    private static string? ObsoleteMessage(bool deprecated, string? message) =>
        deprecated || message is not null ? (message ?? string.Empty) : null;

    private void CheckPaginatorsAndWaiters()
    {
        var operations = new HashSet<string>(_raw.Operations.Select(o => o.Name), StringComparer.Ordinal);
        foreach (var paginator in _raw.PaginatorOperations.Select(p => p.Operation).Where(p => !operations.Contains(p.Name)))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownPaginatorOperation, paginator.Location, paginator.Name, _raw.ServiceName));
        }
        foreach (var waiter in _raw.WaiterOperations.Where(w => !operations.Contains(w.Operation.Name)))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownWaiterOperation, waiter.Operation.Location, waiter.Waiter, waiter.Operation.Name, _raw.ServiceName));
        }
    }
}
