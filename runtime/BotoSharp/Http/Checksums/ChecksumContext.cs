namespace BotoSharp.Http.Checksums;

/// <summary>
/// What the checksum step decided for one call, stored in <see cref="AwsRequest.Context"/> under
/// <see cref="ContextKey"/> (botocore's <c>context['checksum']</c>); the signer reads it to pick the payload hash.
/// </summary>
public sealed class ChecksumContext
{
    /// <summary>The <see cref="AwsRequest.Context"/> key.</summary>
    public const string ContextKey = "checksum";

    /// <summary>The request checksum, or null when none is computed.</summary>
    public RequestChecksumAlgorithm? RequestAlgorithm { get; set; }

    /// <summary>Whether the legacy <c>Content-MD5</c> header should be computed (botocore's <c>"conditional-md5"</c>).</summary>
    public bool ConditionalMd5 { get; set; }

    /// <summary>Algorithms to try when validating the response, in botocore's priority order; null when not validating.</summary>
    public IReadOnlyList<string>? ResponseAlgorithms { get; set; }

    /// <summary>The algorithm member's header and value to send (e.g. <c>x-amz-sdk-checksum-algorithm: CRC32</c>) when the default was chosen.</summary>
    public KeyValuePair<string, string>? RequestAlgorithmHeader { get; set; }

    /// <summary>The algorithm the response was validated with (botocore's <c>ResponseMetadata.ChecksumAlgorithm</c> source), or null.</summary>
    public string? ResponseAlgorithm { get; set; }

    /// <summary>Reads the checksum context of <paramref name="request"/>, or null.</summary>
    public static ChecksumContext? From(AwsRequest request) =>
        request.Context.TryGetValue(ContextKey, out var value) ? value as ChecksumContext : null;
}
