namespace BotoSharp.Protocols.Xml;

/// <summary>
/// A byte scan that proves a plain document well-formed and tells whether its root is an un-namespaced
/// <c>&lt;Error&gt;</c>, for S3's "error with status 200" check, which runs on every successful S3 response and used
/// to read the whole body with a second <see cref="System.Xml.XmlReader"/> (a third of a ListObjectsV2 call).
/// </summary>
/// <remarks>
/// It only ever says "well-formed" for documents inside a narrow subset that <see cref="System.Xml.XmlReader"/>
/// accepts too: ASCII only, an optional <c>&lt;?xml version="1.0"?&gt;</c> declaration (encoding UTF-8), elements and
/// attributes with plain names (no prefixes, no <c>xmlns:</c>), attribute values without references, text with the
/// five predefined entities. Anything else (comments, CDATA, DTDs, character references, non-ASCII bytes, and every
/// malformed document) is left undecided, and the caller reads the body with the XML reader as before.
/// </remarks>
internal static class PlainXmlScan
{
    private const int MaxDepth = 256;
    private const int MaxAttributes = 8;

    /// <summary>Whether the check decided: <paramref name="rootIsError"/> is then the answer for a well-formed document.</summary>
    public static bool TryRootIsError(ReadOnlySpan<byte> body, out bool rootIsError)
    {
        rootIsError = false;
        var at = SkipDeclaration(body);
        if (at < 0)
        {
            return false;
        }
        at = SkipSpace(body, at);
        Span<Range> open = stackalloc Range[MaxDepth];
        var depth = 0;
        var first = true;
        while (at < body.Length)
        {
            if (body[at] != (byte)'<')
            {
                at = depth == 0 ? -1 : SkipText(body, at);
            }
            else if (at + 1 < body.Length && body[at + 1] == (byte)'/')
            {
                at = depth == 0 ? -1 : CloseTag(body, at + 2, body[open[--depth]]);
            }
            else
            {
                var name = at + 1;
                at = StartTag(body, name, out var nameEnd, out var empty, out var defaultNamespace);
                if (at >= 0 && first)
                {
                    rootIsError = body[name..nameEnd].SequenceEqual("Error"u8) && !defaultNamespace;
                }
                first = false;
                if (at >= 0 && !empty)
                {
                    if (depth == MaxDepth)
                    {
                        return false;
                    }
                    open[depth++] = name..nameEnd;
                }
            }
            if (at < 0)
            {
                return false;
            }
            if (depth == 0 && !first)
            {
                // Only whitespace may follow the root.
                return SkipSpace(body, at) == body.Length;
            }
        }
        return false;
    }

    // The XML declaration, if the body starts with one: version 1.0, encoding UTF-8 if given, standalone yes/no.
    internal static int SkipDeclaration(ReadOnlySpan<byte> body)
    {
        if (!body.StartsWith("<?xml"u8))
        {
            return 0;
        }
        var at = 5;
        var attributes = 0;
        while (true)
        {
            var spaced = SkipSpace(body, at);
            if (body[spaced..].StartsWith("?>"u8))
            {
                return attributes > 0 ? spaced + 2 : -1;
            }
            if (spaced == at)
            {
                return -1;
            }
            var nameEnd = NameEnd(body, spaced);
            if (nameEnd < 0)
            {
                return -1;
            }
            var name = body[spaced..nameEnd];
            at = AttributeValue(body, nameEnd, out var value);
            if (at < 0)
            {
                return -1;
            }
            var known = attributes switch
            {
                0 => name.SequenceEqual("version"u8) && body[value].SequenceEqual("1.0"u8),
                _ => (name.SequenceEqual("encoding"u8) && attributes == 1 && IsUtf8Name(body[value]))
                    || (name.SequenceEqual("standalone"u8) && attributes < 3 && (body[value].SequenceEqual("yes"u8) || body[value].SequenceEqual("no"u8))),
            };
            if (!known)
            {
                return -1;
            }
            attributes = name.SequenceEqual("standalone"u8) ? 3 : attributes + 1;
        }
    }

    private static bool IsUtf8Name(ReadOnlySpan<byte> value) =>
        value.Length == 5 && (value[0] | 0x20) == 'u' && (value[1] | 0x20) == 't' && (value[2] | 0x20) == 'f' && value[3] == '-' && value[4] == '8';

    // A start tag from its name to just past its '>'; -1 when it is outside the subset.
    private static int StartTag(ReadOnlySpan<byte> body, int name, out int nameEnd, out bool empty, out bool defaultNamespace)
    {
        empty = false;
        defaultNamespace = false;
        nameEnd = NameEnd(body, name);
        if (nameEnd < 0 || body[name..nameEnd].SequenceEqual("xmlns"u8))
        {
            return -1;
        }
        Span<Range> names = stackalloc Range[MaxAttributes];
        var count = 0;
        var at = nameEnd;
        while (true)
        {
            var spaced = SkipSpace(body, at);
            if (spaced >= body.Length)
            {
                return -1;
            }
            if (body[spaced] == (byte)'>')
            {
                return spaced + 1;
            }
            if (body[spaced] == (byte)'/')
            {
                empty = true;
                return spaced + 1 < body.Length && body[spaced + 1] == (byte)'>' ? spaced + 2 : -1;
            }
            var attributeEnd = spaced == at || count == MaxAttributes ? -1 : NameEnd(body, spaced);
            if (attributeEnd < 0)
            {
                return -1;
            }
            var attribute = body[spaced..attributeEnd];
            for (var i = 0; i < count; i++)
            {
                if (body[names[i]].SequenceEqual(attribute))
                {
                    return -1; // a duplicate attribute is an error the reader reports
                }
            }
            names[count++] = spaced..attributeEnd;
            at = AttributeValue(body, attributeEnd, out var value);
            if (at < 0)
            {
                return -1;
            }
            if (attribute.SequenceEqual("xmlns"u8))
            {
                // The reserved namespaces cannot be declared; leave anything naming w3.org to the reader.
                if (body[value].IndexOf("w3.org"u8) >= 0)
                {
                    return -1;
                }
                defaultNamespace = body[value].Length > 0;
            }
        }
    }

    // '=' and a quoted value without references or '<'; returns the index past the closing quote.
    private static int AttributeValue(ReadOnlySpan<byte> body, int at, out Range value)
    {
        value = default;
        at = SkipSpace(body, at);
        if (at >= body.Length || body[at] != (byte)'=')
        {
            return -1;
        }
        at = SkipSpace(body, at + 1);
        if (at >= body.Length || body[at] is not ((byte)'"' or (byte)'\''))
        {
            return -1;
        }
        var quote = body[at];
        var start = at + 1;
        for (var i = start; i < body.Length; i++)
        {
            var b = body[i];
            if (b == quote)
            {
                value = start..i;
                return i + 1;
            }
            if (b is (byte)'<' or (byte)'&' || !IsPlainChar(b))
            {
                return -1;
            }
        }
        return -1;
    }

    // Character data up to the next '<': plain characters, the five predefined entities, never "]]>".
    private static int SkipText(ReadOnlySpan<byte> body, int at)
    {
        for (; at < body.Length; at++)
        {
            var b = body[at];
            if (b == (byte)'<')
            {
                return at;
            }
            if (b == (byte)'&')
            {
                var rest = body[(at + 1)..];
                var length = rest.StartsWith("lt;"u8) || rest.StartsWith("gt;"u8) ? 3
                    : rest.StartsWith("amp;"u8) ? 4
                    : rest.StartsWith("quot;"u8) || rest.StartsWith("apos;"u8) ? 5
                    : -1;
                if (length < 0)
                {
                    return -1;
                }
                at += length;
            }
            else if (!IsPlainChar(b) || (b == (byte)'>' && at >= 2 && body[at - 1] == (byte)']' && body[at - 2] == (byte)']'))
            {
                return -1;
            }
        }
        return -1;
    }

    // "</name S? >" closing the element named by expected.
    private static int CloseTag(ReadOnlySpan<byte> body, int name, ReadOnlySpan<byte> expected)
    {
        var nameEnd = NameEnd(body, name);
        if (nameEnd < 0 || !body[name..nameEnd].SequenceEqual(expected))
        {
            return -1;
        }
        var at = SkipSpace(body, nameEnd);
        return at < body.Length && body[at] == (byte)'>' ? at + 1 : -1;
    }

    // The end of a plain name ([A-Za-z_][A-Za-z0-9._-]*) starting at at; -1 when there is none, it has a prefix, or
    // it starts with the reserved "xml" (the one such name allowed is the attribute xmlns, which StartTag checks).
    internal static int NameEnd(ReadOnlySpan<byte> body, int at)
    {
        if (at >= body.Length || !(IsLetter(body[at]) || body[at] == (byte)'_'))
        {
            return -1;
        }
        // The rest of the name: a vectorized search for the first byte that is not a name byte.
        var rest = body[(at + 1)..].IndexOfAnyExcept(s_nameBytes);
        var end = rest < 0 ? body.Length : at + 1 + rest;
        if (end < body.Length && body[end] == (byte)':')
        {
            return -1;
        }
        var name = body[at..end];
        return name.Length >= 3 && (name[0] | 0x20) == 'x' && (name[1] | 0x20) == 'm' && (name[2] | 0x20) == 'l' && !name.SequenceEqual("xmlns"u8)
            ? -1
            : end;
    }

    // Letters, digits, '_', '-' and '.': the bytes after a plain name's first.
    private static readonly System.Buffers.SearchValues<byte> s_nameBytes =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-."u8);

    private static bool IsLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    // Printable ASCII and the three whitespace controls: characters every XML reader accepts as they are.
    private static bool IsPlainChar(byte b) => b is (>= 0x20 and < 0x7F) or (byte)'\t' or (byte)'\n' or (byte)'\r';

    internal static int SkipSpace(ReadOnlySpan<byte> body, int at)
    {
        while (at < body.Length && body[at] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            at++;
        }
        return at;
    }
}
