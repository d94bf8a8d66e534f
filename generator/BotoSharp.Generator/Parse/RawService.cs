using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Parse;

/// <summary>A whole service: service-2 (with sdk-extras merged), paginators, waiters and the endpoint rule set.</summary>
internal sealed record RawService(
    string ServiceName,
    string ApiVersion,
    string FilePath,
    bool IsValid,
    string? Protocol,
    LocationInfo ProtocolLocation,
    string? ServiceId,
    string? ServiceFullName,
    string? ServiceAbbreviation,
    string? Documentation,
    EquatableArray<RawOperation> Operations,
    EquatableArray<RawShape> Shapes,
    string CompactService,
    string? CompactPaginators,
    string? CompactWaiters,
    string? CompactEndpointRuleSet,
    EquatableArray<RawPaginatorRef> PaginatorOperations,
    EquatableArray<RawWaiterRef> WaiterOperations,
    EquatableArray<DiagnosticInfo> Diagnostics);
