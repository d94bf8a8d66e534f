using System.Text;

namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// Element and attribute names as strings, one instance per distinct name, found from their UTF-8 bytes without a
/// string per lookup (what <see cref="System.Xml.NameTable"/> does for <see cref="System.Xml.XmlReader"/>). Bounded:
/// the table starts over when half full, so the names of odd responses do not pile up.
/// </summary>
internal sealed class Utf8NameTable
{
    private const int Size = 512;

    private readonly Entry[] _entries = new Entry[Size];
    private int _count;

    /// <summary>The string for <paramref name="name"/> (ASCII).</summary>
    public string Get(ReadOnlySpan<byte> name)
    {
        var hash = (int)(ShortTextHash.Of(name) >> 1);
        var slot = hash & (Size - 1);
        while (_entries[slot] is { } entry)
        {
            if (entry.Hash == hash && name.SequenceEqual(entry.Bytes))
            {
                return entry.Name;
            }
            slot = (slot + 1) & (Size - 1);
        }
        if (_count == Size / 2)
        {
            Array.Clear(_entries);
            _count = 0;
            slot = hash & (Size - 1);
        }
        var text = Encoding.ASCII.GetString(name);
        _entries[slot] = new Entry(name.ToArray(), text, hash);
        _count++;
        return text;
    }

    private sealed record Entry(byte[] Bytes, string Name, int Hash);
}
