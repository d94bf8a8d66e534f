using System.Buffers;
using BotoSharp.Errors;

namespace BotoSharp.Http.Checksums;

/// <summary>
/// An incremental checksum whose digest is sent base64-encoded in <c>x-amz-checksum-*</c> headers and trailers
/// (botocore's <c>BaseChecksum</c>). CRC digests are the big-endian bytes of the CRC value.
/// </summary>
public abstract class Checksum
{
    private const int ChunkSize = 1024 * 1024;

    /// <summary>Adds bytes to the checksum.</summary>
    public abstract void Update(ReadOnlySpan<byte> data);

    /// <summary>The raw digest of everything added so far.</summary>
    public abstract byte[] Digest();

    /// <summary>The digest in base64, as it goes on the wire.</summary>
    public string Base64Digest() => Convert.ToBase64String(Digest());

    /// <summary>Creates the checksum for a lower-case algorithm name (<see cref="ChecksumAlgorithms"/>).</summary>
    /// <exception cref="FlexibleChecksumError">The algorithm is unknown.</exception>
    public static Checksum Create(string algorithm) => algorithm switch
    {
        ChecksumAlgorithms.Crc32 => new Crc32Checksum(),
        ChecksumAlgorithms.Crc32C => new Crc32CChecksum(),
        ChecksumAlgorithms.Crc64Nvme => new Crc64NvmeChecksum(),
        ChecksumAlgorithms.Sha1 or ChecksumAlgorithms.Sha256 or ChecksumAlgorithms.Sha512 or ChecksumAlgorithms.Md5 => new HashAlgorithmChecksum(algorithm),
        ChecksumAlgorithms.XxHash64 or ChecksumAlgorithms.XxHash3 or ChecksumAlgorithms.XxHash128 => new XxHashChecksum(algorithm),
        _ => throw new FlexibleChecksumError($"Unsupported checksum algorithm: {algorithm}"),
    };

    /// <summary>Checksums a whole request body (a seekable stream is read from its position and put back) and returns the base64 digest.</summary>
    /// <exception cref="UnseekableStreamError">The body is a stream that cannot be rewound after reading.</exception>
    public async Task<string> HandleAsync(AwsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.BodyStream is not { } stream)
        {
            Update(request.BodyBytes ?? Array.Empty<byte>());
            return Base64Digest();
        }
        if (!stream.CanSeek)
        {
            throw new UnseekableStreamError(stream.GetType().Name);
        }
        var start = stream.Position;
        // Pooled: a fresh 1 MiB buffer per request lands on the large-object heap and costs a gen-2 collection.
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                Update(buffer.AsSpan(0, read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        stream.Position = start;
        return Base64Digest();
    }
}
