using System.Text;
using System.Text.Json;

namespace BotoSharp.Protocols.Typed.Reading;

internal sealed partial class JsonTokenList
{
    // Deeper bodies go to the reader (its own limit is the options' MaxDepth, 512 here).
    private const int MaxPlainDepth = 64;

    /// <summary>
    /// Tokenizes a plain body without <see cref="Utf8JsonReader"/>: the subset of JSON a service response almost always
    /// is — no escapes, no control characters, valid UTF-8, numbers in the JSON grammar, shallow nesting, no comments
    /// or trailing commas — with the tokens the reader gives for it. Anything outside that subset returns false at once
    /// and the reader's pass runs instead, so every body the reader rejects is still rejected by the reader, with its
    /// exception. (The reader pass was ~6 % of a GetItem's CPU: a large struct stepped once per token.)
    /// </summary>
    internal bool TryFillPlain(ReadOnlySpan<byte> body, JsonReaderOptions options)
    {
        var maxDepth = Math.Min(options.MaxDepth == 0 ? MaxPlainDepth : options.MaxDepth, MaxPlainDepth);
        Count = 0;
        var depth = 0;
        var at = SkipWhitespace(body, 0);
        while (true)
        {
            // A value starts at `at`.
            if ((uint)at >= (uint)body.Length)
            {
                return false;
            }
            var first = body[at];
            if (first is (byte)'{' or (byte)'[')
            {
                if (depth + 1 >= maxDepth)
                {
                    return false;
                }
                var open = Add(first == '{' ? JsonTokenType.StartObject : JsonTokenType.StartArray, at, 1);
                if (depth == _open.Length)
                {
                    _open = Grown(_open);
                }
                _open[depth++] = open;
                at = SkipWhitespace(body, at + 1);
                if ((uint)at >= (uint)body.Length)
                {
                    return false;
                }
                var close = first == '{' ? (byte)'}' : (byte)']';
                if (body[at] == close)
                {
                    // An empty object or array: its end is the value just read.
                    CloseContainer(ref depth, at);
                    at++;
                }
                else if (first == '{')
                {
                    if (!TryMemberName(body, ref at))
                    {
                        return false;
                    }
                    continue;
                }
                else
                {
                    continue;
                }
            }
            else if (!TryScalar(body, ref at))
            {
                return false;
            }
            // After a value: the next member or item, the end of containers, or the end of the document.
            while (true)
            {
                at = SkipWhitespace(body, at);
                if (depth == 0)
                {
                    return at == body.Length;
                }
                if ((uint)at >= (uint)body.Length)
                {
                    return false;
                }
                var inObject = _tokens[_open[depth - 1]].Type == JsonTokenType.StartObject;
                var next = body[at];
                if (next == ',')
                {
                    at = SkipWhitespace(body, at + 1);
                    if (inObject && !TryMemberName(body, ref at))
                    {
                        return false;
                    }
                    break;
                }
                if (next != (inObject ? (byte)'}' : (byte)']'))
                {
                    return false;
                }
                CloseContainer(ref depth, at);
                at++;
            }
        }
    }

    // A property name, its colon and the whitespace before the value; false unless it is a plain string.
    private bool TryMemberName(ReadOnlySpan<byte> body, ref int at)
    {
        if ((uint)at >= (uint)body.Length || body[at] != '"' || PlainStringEnd(body, at) is not (>= 0 and var end))
        {
            return false;
        }
        Add(JsonTokenType.PropertyName, at + 1, end - at - 1);
        at = SkipWhitespace(body, end + 1);
        if ((uint)at >= (uint)body.Length || body[at] != ':')
        {
            return false;
        }
        at = SkipWhitespace(body, at + 1);
        return true;
    }

    // A string, number, true, false or null at `at`; `at` moves past it.
    private bool TryScalar(ReadOnlySpan<byte> body, ref int at)
    {
        switch (body[at])
        {
            case (byte)'"':
                if (PlainStringEnd(body, at) is not (>= 0 and var end))
                {
                    return false;
                }
                Add(JsonTokenType.String, at + 1, end - at - 1);
                at = end + 1;
                return true;
            case (byte)'t':
                return TryLiteral(body, ref at, "true"u8, JsonTokenType.True);
            case (byte)'f':
                return TryLiteral(body, ref at, "false"u8, JsonTokenType.False);
            case (byte)'n':
                return TryLiteral(body, ref at, "null"u8, JsonTokenType.Null);
            default:
                var length = NumberLength(body[at..]);
                if (length == 0)
                {
                    return false;
                }
                Add(JsonTokenType.Number, at, length);
                at += length;
                return true;
        }
    }

    private bool TryLiteral(ReadOnlySpan<byte> body, ref int at, ReadOnlySpan<byte> literal, JsonTokenType type)
    {
        if (!body[at..].StartsWith(literal))
        {
            return false;
        }
        Add(type, at, literal.Length);
        at += literal.Length;
        return true;
    }

    // The index of the closing quote of the string opening at `quote`; -1 if it has an escape, a control character,
    // invalid UTF-8 or no end (the reader decides those). Short ASCII strings (most names and values) are walked a
    // byte at a time: the vectorized searches cost more to set up than a few bytes take.
    private static int PlainStringEnd(ReadOnlySpan<byte> body, int quote)
    {
        var end = Math.Min(body.Length, quote + 1 + ShortString);
        for (var i = quote + 1; i < end; i++)
        {
            var b = body[i];
            if (b == '"')
            {
                return i;
            }
            if (b < 0x20 || b == '\\' || b >= 0x80)
            {
                return b >= 0x80 ? LongStringEnd(body, quote) : -1;
            }
        }
        return LongStringEnd(body, quote);
    }

    private const int ShortString = 24;

    private static int LongStringEnd(ReadOnlySpan<byte> body, int quote)
    {
        var rest = body[(quote + 1)..];
        var length = rest.IndexOfAny((byte)'"', (byte)'\\');
        if (length < 0 || rest[length] == '\\')
        {
            return -1;
        }
        var text = rest[..length];
        if (text.IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0 || (!Ascii.IsValid(text) && !System.Text.Unicode.Utf8.IsValid(text)))
        {
            return -1;
        }
        return quote + 1 + length;
    }

    // The length of the JSON number at the start of `text` (-?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?), 0 if there is none.
    private static int NumberLength(ReadOnlySpan<byte> text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }
        if (i >= text.Length || !char.IsAsciiDigit((char)text[i]))
        {
            return 0;
        }
        i = text[i] == '0' ? i + 1 : Digits(text, i);
        if (i < text.Length && text[i] == '.')
        {
            if (i + 1 >= text.Length || !char.IsAsciiDigit((char)text[i + 1]))
            {
                return 0;
            }
            i = Digits(text, i + 1);
        }
        if (i < text.Length && text[i] is (byte)'e' or (byte)'E')
        {
            i++;
            if (i < text.Length && text[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }
            if (i >= text.Length || !char.IsAsciiDigit((char)text[i]))
            {
                return 0;
            }
            i = Digits(text, i);
        }
        return i;
    }

    private static int Digits(ReadOnlySpan<byte> text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit((char)text[i]))
        {
            i++;
        }
        return i;
    }

    // JSON's four whitespace bytes only.
    private static int SkipWhitespace(ReadOnlySpan<byte> body, int at)
    {
        while (at < body.Length && body[at] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            at++;
        }
        return at;
    }

    // Adds the end token of the innermost container and points its start token past it.
    private void CloseContainer(ref int depth, int at)
    {
        var start = _open[--depth];
        var type = _tokens[start].Type == JsonTokenType.StartObject ? JsonTokenType.EndObject : JsonTokenType.EndArray;
        Add(type, at, 1);
        _tokens[start].Next = Count;
    }

    // Appends a token and returns its index; its Next is the token after it (a container's start is set when it closes).
    private int Add(JsonTokenType type, int start, int length)
    {
        if (Count == _tokens.Length)
        {
            _tokens = Grown(_tokens);
        }
        var index = Count++;
        _tokens[index] = new JsonToken(type, start, length, escaped: false, next: Count);
        return index;
    }
}
