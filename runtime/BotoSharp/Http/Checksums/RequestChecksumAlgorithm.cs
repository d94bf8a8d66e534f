namespace BotoSharp.Http.Checksums;

/// <summary>
/// The request checksum chosen for a call (botocore's <c>context['checksum']['request_algorithm']</c> dict):
/// which algorithm, whether it travels in a header or an <c>aws-chunked</c> trailer, and the header name.
/// </summary>
/// <param name="Algorithm">Lower-case algorithm name: <c>crc32</c>, <c>crc32c</c>, <c>crc64nvme</c>, <c>sha1</c>, <c>sha256</c>, or <c>md5</c> for legacy Content-MD5.</param>
/// <param name="In"><c>header</c> or <c>trailer</c>.</param>
/// <param name="Name">The header or trailer name, e.g. <c>x-amz-checksum-crc32</c> (or <c>Content-MD5</c>).</param>
public sealed record RequestChecksumAlgorithm(string Algorithm, string In, string Name)
{
    /// <summary>Location value for a header checksum.</summary>
    public const string InHeader = "header";

    /// <summary>Location value for a trailer checksum.</summary>
    public const string InTrailer = "trailer";

    /// <summary>Whether the checksum is sent as an <c>aws-chunked</c> trailer.</summary>
    public bool IsTrailer => In == InTrailer;
}
