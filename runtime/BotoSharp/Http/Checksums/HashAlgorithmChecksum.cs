using System.Security.Cryptography;

namespace BotoSharp.Http.Checksums;

/// <summary>SHA-1, SHA-256, SHA-512 or MD5 over <see cref="IncrementalHash"/>.</summary>
public sealed class HashAlgorithmChecksum : Checksum
{
    private readonly IncrementalHash _hash;

    /// <summary>Creates the checksum for <c>sha1</c>, <c>sha256</c>, <c>sha512</c> or <c>md5</c>.</summary>
    public HashAlgorithmChecksum(string algorithm)
    {
        var name = algorithm switch
        {
            ChecksumAlgorithms.Sha1 => HashAlgorithmName.SHA1,
            ChecksumAlgorithms.Sha256 => HashAlgorithmName.SHA256,
            ChecksumAlgorithms.Sha512 => HashAlgorithmName.SHA512,
            ChecksumAlgorithms.Md5 => HashAlgorithmName.MD5,
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "not a hash algorithm"),
        };
        _hash = IncrementalHash.CreateHash(name);
    }

    /// <inheritdoc />
    public override void Update(ReadOnlySpan<byte> data) => _hash.AppendData(data);

    /// <inheritdoc />
    public override byte[] Digest() => _hash.GetCurrentHash();
}
