using System.IO.Hashing;

namespace BotoSharp.Http.Checksums;

/// <summary>XXH64, XXH3-64 or XXH3-128 with seed 0; the digest is the canonical big-endian form, as awscrt returns it.</summary>
public sealed class XxHashChecksum : Checksum
{
    private readonly NonCryptographicHashAlgorithm _hash;

    /// <summary>Creates the checksum for <c>xxhash64</c>, <c>xxhash3</c> or <c>xxhash128</c>.</summary>
    public XxHashChecksum(string algorithm)
    {
        _hash = algorithm switch
        {
            ChecksumAlgorithms.XxHash64 => new XxHash64(),
            ChecksumAlgorithms.XxHash3 => new XxHash3(),
            ChecksumAlgorithms.XxHash128 => new XxHash128(),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "not an xxhash algorithm"),
        };
    }

    /// <inheritdoc />
    public override void Update(ReadOnlySpan<byte> data) => _hash.Append(data);

    /// <inheritdoc />
    public override byte[] Digest() => _hash.GetCurrentHash();
}
