using System.Text;

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
        var hash = ShortTextHash.Of(text);
        return Known(hash) is { } known && text.SequenceEqual(known) ? known : Keep(hash, new string(text));
    }

    /// <summary>The string of the ASCII bytes <paramref name="ascii"/> (a JSON token's, at most
    /// <see cref="MaxLength"/>), as <see cref="Get"/> gives it, without decoding them first.</summary>
    public string GetAscii(ReadOnlySpan<byte> ascii)
    {
        var hash = ShortTextHash.Of(ascii);
        return Known(hash) is { } known && Ascii.Equals(ascii, known) ? known : Keep(hash, Encoding.ASCII.GetString(ascii));
    }

    // The value in the hash's slot, if it was kept under the same hash.
    private string? Known(uint hash)
    {
        var slot = (int)(hash & (Slots - 1));
        return _hashes[slot] == hash ? _values[slot] : null;
    }

    private string Keep(uint hash, string made)
    {
        var slot = (int)(hash & (Slots - 1));
        _values[slot] = made;
        _hashes[slot] = hash;
        _used = true;
        return made;
    }

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
