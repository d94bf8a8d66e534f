using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Parse;

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
