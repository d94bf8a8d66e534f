using System.Buffers.Binary;
using System.IO.Hashing;

namespace BotoSharp.Http.Checksums;

/// <summary>CRC-32 (IEEE 802.3), as zlib's <c>crc32</c>; digest is the big-endian value.</summary>
public sealed class Crc32Checksum : Checksum
{
    private readonly Crc32 _crc = new();

    /// <inheritdoc />
    public override void Update(ReadOnlySpan<byte> data) => _crc.Append(data);

    /// <inheritdoc />
    public override byte[] Digest()
    {
        var digest = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(digest, _crc.GetCurrentHashAsUInt32());
        return digest;
    }
}
