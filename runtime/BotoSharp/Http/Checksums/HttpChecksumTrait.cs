namespace BotoSharp.Http.Checksums;

/// <summary>
/// The checksum facts of one operation, taken from its model (<c>httpChecksum</c>, <c>httpChecksumRequired</c>)
/// so this layer does not depend on the model types.
/// </summary>
public sealed record HttpChecksumTrait
{
    /// <summary><c>httpChecksum.requestAlgorithmMember</c>: the input member naming the algorithm, or null.</summary>
    public string? RequestAlgorithmMember { get; init; }

    /// <summary>The wire header of that member (its <c>locationName</c>, e.g. <c>x-amz-sdk-checksum-algorithm</c>), or null.</summary>
    public string? RequestAlgorithmMemberHeader { get; init; }

    /// <summary><c>httpChecksumRequired</c> or <c>httpChecksum.requestChecksumRequired</c>.</summary>
    public bool RequestChecksumRequired { get; init; }

    /// <summary><c>httpChecksum.requestValidationModeMember</c>, or null.</summary>
    public string? RequestValidationModeMember { get; init; }

    /// <summary><c>httpChecksum.responseAlgorithms</c> as modelled (any case).</summary>
    public IReadOnlyList<string> ResponseAlgorithms { get; init; } = Array.Empty<string>();

    /// <summary>Whether the operation has a streaming input member.</summary>
    public bool HasStreamingInput { get; init; }

    /// <summary>Whether the operation has a streaming output member.</summary>
    public bool HasStreamingOutput { get; init; }
}
