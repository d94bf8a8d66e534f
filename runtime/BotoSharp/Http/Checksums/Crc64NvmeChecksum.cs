using System.Buffers.Binary;

namespace BotoSharp.Http.Checksums;

/// <summary>
/// CRC-64/NVME (reflected polynomial 0x9A6C9329AC4BC9B5, init and xor-out all ones), which S3 uses for full-object
/// checksums. System.IO.Hashing 10.0 only has CRC-64/ECMA-182, so this is a table-driven implementation.
/// </summary>
public sealed class Crc64NvmeChecksum : Checksum
{
    private const ulong ReflectedPolynomial = 0x9A6C9329AC4BC9B5UL;
    private static readonly ulong[] s_table = BuildTable();
    private ulong _state = ulong.MaxValue;

    /// <inheritdoc />
    public override void Update(ReadOnlySpan<byte> data)
    {
        var state = _state;
        foreach (var b in data)
        {
            state = s_table[(byte)(state ^ b)] ^ (state >> 8);
        }
        _state = state;
    }

    /// <inheritdoc />
    public override byte[] Digest()
    {
        var digest = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(digest, ~_state);
        return digest;
    }

    private static ulong[] BuildTable()
    {
        var table = new ulong[256];
        for (ulong i = 0; i < 256; i++)
        {
            var crc = i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ ReflectedPolynomial : crc >> 1;
            }
            table[i] = crc;
        }
        return table;
    }
}
