using System.Buffers;
using System.Text;
using System.Text.Unicode;
using System.Xml;

namespace BotoSharp.Protocols.Typed.Reading;

// Character data: checked while reading (UTF-8, XML characters, entities), decoded only when a value is read.
internal sealed partial class PlainXmlCursor
{
    // Bytes that stand for themselves in text: tab, line feed and printable ASCII except '<', '&' and '>'.
    private static readonly SearchValues<byte> s_plainText = SearchValues.Create(PlainTextBytes());

    /// <inheritdoc />
    public override string? ElementText(out ReadOnlySpan<char> chars)
    {
        chars = default;
        if (IsEmptyElement)
        {
            return string.Empty;
        }
        var depth = _depth;
        var length = 0;
        var collecting = true;
        // The text runs before the first child, as ElementTree's text; the rest is skipped to the element's end.
        while (Read())
        {
            switch (_type)
            {
                case XmlNodeType.Text when collecting:
                    length = Decode(_text, _textEscaped, length);
                    break;
                case XmlNodeType.Element:
                    collecting = false;
                    break;
                case XmlNodeType.EndElement when _depth == depth:
                    chars = _chars.AsSpan(0, length);
                    return null;
            }
        }
        throw Outside("the document ends inside an element");
    }

    /// <summary>The characters of the text node the cursor is on (for tests that compare it with the reader's).</summary>
    internal string TextValue()
    {
        var length = _type == XmlNodeType.Text ? Decode(_text, _textEscaped, 0) : 0;
        return new string(_chars.AsSpan(0, length));
    }

    // A text node from start to the next '<'.
    private void Text(int start)
    {
        var body = Body;
        var at = start;
        var escaped = false;
        var wide = false;
        while (true)
        {
            var next = body[at..].IndexOfAnyExcept(s_plainText);
            if (next < 0)
            {
                throw Outside("the document ends inside an element");
            }
            at += next;
            var b = body[at];
            if (b == (byte)'<')
            {
                break;
            }
            if (b == (byte)'&')
            {
                at = EntityEnd(at);
                escaped = true;
            }
            else if (b == (byte)'>')
            {
                if (at >= 2 && body[at - 1] == (byte)']' && body[at - 2] == (byte)']')
                {
                    throw Outside("']]>' in text");
                }
                at++;
            }
            else if (b >= 0x80)
            {
                wide = true;
                at++;
            }
            else
            {
                // Other controls, and the carriage return the reader would normalize.
                throw Outside("control character in text");
            }
        }
        if (wide)
        {
            CheckUtf8(body[start..at]);
        }
        _type = XmlNodeType.Text;
        _text = start..at;
        _textEscaped = escaped;
        _depth = _openCount;
        _at = at;
    }

    // Valid UTF-8 of XML characters: U+FFFE and U+FFFF are the only code points valid UTF-8 can hold that XML has not.
    private static void CheckUtf8(ReadOnlySpan<byte> text)
    {
        if (!Utf8.IsValid(text) || text.IndexOf("\uFFFE"u8) >= 0 || text.IndexOf("\uFFFF"u8) >= 0)
        {
            throw Outside("not UTF-8 of XML characters");
        }
    }

    // The index past the reference at at ('&'): a predefined entity or a character reference to an XML character
    // (a carriage return by reference is left to the reader).
    private int EntityEnd(int at)
    {
        var rest = Body[(at + 1)..];
        if (rest.StartsWith("lt;"u8) || rest.StartsWith("gt;"u8))
        {
            return at + 4;
        }
        if (rest.StartsWith("amp;"u8))
        {
            return at + 5;
        }
        if (rest.StartsWith("quot;"u8) || rest.StartsWith("apos;"u8))
        {
            return at + 6;
        }
        var semicolon = rest.IndexOf((byte)';');
        if (semicolon < 0 || !TryCharacterReference(rest[..semicolon], out var value) || !IsXmlChar(value) || value == '\r')
        {
            throw Outside("entity");
        }
        return at + 1 + semicolon + 1;
    }

    // "#123" or "#x1F" (lower-case x only, as XML has it), short enough not to overflow.
    private static bool TryCharacterReference(ReadOnlySpan<byte> reference, out int value)
    {
        value = 0;
        if (reference.Length < 2 || reference[0] != (byte)'#')
        {
            return false;
        }
        var hex = reference[1] == (byte)'x';
        var digits = reference[(hex ? 2 : 1)..];
        if (digits.IsEmpty || digits.Length > 7)
        {
            return false;
        }
        foreach (var b in digits)
        {
            var digit = b is >= (byte)'0' and <= (byte)'9' ? b - '0'
                : hex && (b | 0x20) is >= 'a' and <= 'f' ? (b | 0x20) - 'a' + 10
                : -1;
            if (digit < 0)
            {
                return false;
            }
            value = (value * (hex ? 16 : 10)) + digit;
        }
        return true;
    }

    private static bool IsXmlChar(int value) =>
        value is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    // Decodes the text at range into _chars from offset; returns the new length.
    private int Decode(Range range, bool escaped, int offset)
    {
        var bytes = Body[range];
        if (_chars.Length < offset + bytes.Length)
        {
            Array.Resize(ref _chars, Math.Max(offset + bytes.Length, _chars.Length * 2));
        }
        if (!escaped)
        {
            return offset + Encoding.UTF8.GetChars(bytes, _chars.AsSpan(offset));
        }
        var written = offset;
        while (true)
        {
            var amp = bytes.IndexOf((byte)'&');
            written += Encoding.UTF8.GetChars(amp < 0 ? bytes : bytes[..amp], _chars.AsSpan(written));
            if (amp < 0)
            {
                return written;
            }
            var semicolon = amp + 1 + bytes[(amp + 1)..].IndexOf((byte)';');
            written += Reference(bytes[(amp + 1)..semicolon], _chars.AsSpan(written));
            bytes = bytes[(semicolon + 1)..];
        }
    }

    // The characters a reference checked by EntityEnd stands for.
    private static int Reference(ReadOnlySpan<byte> name, Span<char> into)
    {
        switch (name[0])
        {
            case (byte)'l':
                into[0] = '<';
                return 1;
            case (byte)'g':
                into[0] = '>';
                return 1;
            case (byte)'a':
                into[0] = name[1] == (byte)'m' ? '&' : '\'';
                return 1;
            case (byte)'q':
                into[0] = '"';
                return 1;
            default:
                TryCharacterReference(name, out var value);
                return new Rune(value).EncodeToUtf16(into);
        }
    }

    private static byte[] PlainTextBytes()
    {
        var bytes = new List<byte> { (byte)'\t', (byte)'\n' };
        for (var b = 0x20; b < 0x7F; b++)
        {
            if (b is not ('<' or '&' or '>'))
            {
                bytes.Add((byte)b);
            }
        }
        return bytes.ToArray();
    }
}
