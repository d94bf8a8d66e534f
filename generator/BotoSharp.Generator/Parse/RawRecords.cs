using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Parse;

// The Parse stage's output: a botocore model as equatable records, with locations for diagnostics and nothing of C#.
// Records are small and only meaningful together, so they share this file.

/// <summary>A reference to a shape by name, with the location of the reference.</summary>
internal sealed record RawRef(string Name, LocationInfo Location);

/// <summary>A structure member.</summary>
internal sealed record RawMember(
    string Name,
    RawRef Shape,
    string? Documentation,
    bool Deprecated,
    string? DeprecatedMessage,
    bool IdempotencyToken,
    bool Streaming);

/// <summary>A shape of any type.</summary>
internal sealed record RawShape(
    string Name,
    string Type,
    LocationInfo Location,
    EquatableArray<RawMember> Members,
    RawRef? Member,
    RawRef? Key,
    RawRef? Value,
    EquatableArray<string> Enum,
    EquatableArray<string> Required,
    bool Exception,
    bool Fault,
    bool Streaming,
    bool Document,
    bool Union,
    bool EventStream,
    bool Deprecated,
    string? DeprecatedMessage,
    string? Documentation,
    string? ErrorCode);

/// <summary>An operation and the traits the call path reads.</summary>
internal sealed record RawOperation(
    string Name,
    LocationInfo Location,
    string HttpMethod,
    string RequestUri,
    RawRef? Input,
    RawRef? Output,
    EquatableArray<RawRef> Errors,
    string? Documentation,
    bool Deprecated,
    string? DeprecatedMessage,
    string? HostPrefix,
    EquatableArray<string> Auth,
    string? AuthType,
    bool HttpChecksumRequired,
    string? RequestChecksumAlgorithmMember,
    string? RequestValidationModeMember,
    EquatableArray<string> ResponseChecksumAlgorithms,
    bool UnsignedPayload,
    EquatableArray<string> RequestCompressionEncodings);

/// <summary>A whole service: service-2 (with sdk-extras merged), paginators and waiters.</summary>
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
    EquatableArray<RawRef> PaginatorOperations,
    EquatableArray<RawWaiterRef> WaiterOperations,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A waiter and the operation it polls.</summary>
internal sealed record RawWaiterRef(string Waiter, RawRef Operation);
