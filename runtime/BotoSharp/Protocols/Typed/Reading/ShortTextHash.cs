using System.Numerics;
using System.Runtime.InteropServices;

namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// A quick hash for the short texts the readers' tables look up (element names, repeated values): the length and the
/// first and last sixteen bytes, read word-wise, spread them well enough, and a collision only costs a comparison.
/// Not for untrusted keys of a growing table: the tables that use it are bounded.
/// </summary>
internal static class ShortTextHash
{
    /// <summary>The hash of <paramref name="text"/>'s bytes.</summary>
    public static uint Of(ReadOnlySpan<byte> text)
    {
        ulong word;
        if (text.Length >= 16)
        {
            word = Word(text) ^ BitOperations.RotateLeft(Word(text[8..]), 17)
                ^ BitOperations.RotateLeft(Word(text[^16..]), 31) ^ BitOperations.RotateLeft(Word(text[^8..]), 47);
        }
        else if (text.Length >= 8)
        {
            word = Word(text) ^ BitOperations.RotateLeft(Word(text[^8..]), 29);
        }
        else
        {
            word = 0;
            foreach (var b in text)
            {
                word = (word << 8) | b;
            }
        }
        word = (word ^ (ulong)text.Length) * 0x9E3779B97F4A7C15UL;
        return (uint)(word >> 32);
    }

    /// <summary>The hash of <paramref name="text"/>'s UTF-16 bytes.</summary>
    public static uint Of(ReadOnlySpan<char> text) => Of(MemoryMarshal.AsBytes(text));

    private static ulong Word(ReadOnlySpan<byte> bytes) => MemoryMarshal.Read<ulong>(bytes);
}
