using System.Numerics;
using System.Runtime.InteropServices;

namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// The string values of one response document, one instance per distinct short value: a DescribeInstances page repeats
/// its subnet, VPC, security group, AMI, zone, owner and tag keys in every instance, a DynamoDB Query page its attribute
/// names in every item, and a result that keeps them once is that much smaller. Only the number of string objects
/// changes, never a value.
/// </summary>
/// <remarks>
/// Direct-mapped, one probe: a value whose slot holds another value replaces it, so a collision costs a string, not a
/// chain walk, and the table never grows. Cleared at the end of each document so it keeps no result alive.
/// </remarks>
internal sealed class DocumentStrings
{
    private const int Slots = 256;
    /// <summary>The longest value kept, in characters: longer ones (ARNs with unique parts, messages) rarely repeat and
    /// cost more to compare.</summary>
    public const int MaxLength = 48;

    private readonly string?[] _values = new string?[Slots];
    private readonly uint[] _hashes = new uint[Slots];
    private bool _used;

    /// <summary>The string of <paramref name="text"/>: the one this document already made for it, or a new one.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return new string(text);
        }
        var hash = Hash(text);
        var slot = (int)(hash & (Slots - 1));
        if (_values[slot] is { } known && _hashes[slot] == hash && text.SequenceEqual(known))
        {
            return known;
        }
        var made = new string(text);
        _values[slot] = made;
        _hashes[slot] = hash;
        _used = true;
        return made;
    }

    // Values are short: the length and the first and last sixteen bytes, read word-wise, spread them well enough, and
    // a collision only costs a string.
    private static uint Hash(ReadOnlySpan<char> text)
    {
        var bytes = MemoryMarshal.AsBytes(text);
        ulong word;
        if (bytes.Length >= 16)
        {
            word = Word(bytes) ^ BitOperations.RotateLeft(Word(bytes[8..]), 17)
                ^ BitOperations.RotateLeft(Word(bytes[^16..]), 31) ^ BitOperations.RotateLeft(Word(bytes[^8..]), 47);
        }
        else if (bytes.Length >= 8)
        {
            word = Word(bytes) ^ BitOperations.RotateLeft(Word(bytes[^8..]), 29);
        }
        else
        {
            word = 0;
            foreach (var c in text)
            {
                word = (word << 16) | c;
            }
        }
        word = (word ^ (ulong)text.Length) * 0x9E3779B97F4A7C15UL;
        return (uint)(word >> 32);
    }

    private static ulong Word(ReadOnlySpan<byte> bytes) => MemoryMarshal.Read<ulong>(bytes);

    /// <summary>Forgets the document's values.</summary>
    public void Clear()
    {
        if (_used)
        {
            Array.Clear(_values);
            _used = false;
        }
    }
}
