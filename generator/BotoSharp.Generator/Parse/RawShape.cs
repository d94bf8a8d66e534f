using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Parse;

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
