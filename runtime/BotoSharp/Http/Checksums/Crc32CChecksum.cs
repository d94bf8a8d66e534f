using System.Buffers.Binary;
using System.Numerics;

namespace BotoSharp.Http.Checksums;

/// <summary>CRC-32C (Castagnoli); uses the CPU instruction through <see cref="BitOperations.Crc32C(uint, byte)"/> where present.</summary>
public sealed class Crc32CChecksum : Checksum
{
    private uint _state = uint.MaxValue;

    /// <inheritdoc />
    public override void Update(ReadOnlySpan<byte> data)
    {
        var state = _state;
        while (data.Length >= 8)
        {
            state = BitOperations.Crc32C(state, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }
        foreach (var b in data)
        {
            state = BitOperations.Crc32C(state, b);
        }
        _state = state;
    }

    /// <inheritdoc />
    public override byte[] Digest()
    {
        var digest = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(digest, ~_state);
        return digest;
    }
}
