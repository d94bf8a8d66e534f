using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Parse;

/// <summary>A structure member.</summary>
internal sealed record RawMember(
    string Name,
    RawRef Shape,
    string? Documentation,
    bool Deprecated,
    string? DeprecatedMessage,
    bool IdempotencyToken,
    bool Streaming);
