using System;
using System.Globalization;
using System.Text;
using System.Threading;

namespace BotoSharp.Generator.Parse;

/// <summary>
/// A small strict JSON reader that records where every value starts. We read JSON ourselves rather than with
/// System.Text.Json because the generator must load inside any compiler host without shipping (and version-matching)
/// System.Text.Json and its dependencies, and because diagnostics need offsets for every node.
/// </summary>
internal sealed class JsonReader
{
    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private int _pos;

    private JsonReader(string text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="JsonSyntaxException"/> at the first error.</summary>
    public static JsonNode Parse(string text, CancellationToken cancellationToken)
    {
        var reader = new JsonReader(text, cancellationToken);
        reader.SkipWhitespace();
        if (reader._pos < text.Length && text[reader._pos] == '\uFEFF')
        {
            reader._pos++;
            reader.SkipWhitespace();
        }
        var value = reader.ReadValue(0);
        reader.SkipWhitespace();
        if (reader._pos < text.Length)
        {
            throw reader.Error("unexpected text after the end of the JSON value");
        }
        return value;
    }

    private JsonNode ReadValue(int depth)
    {
        if (depth > 256)
        {
            throw Error("nesting is deeper than 256 levels");
        }
        SkipWhitespace();
        if (_pos >= _text.Length)
        {
            throw Error("unexpected end of file");
        }
        var c = _text[_pos];
        switch (c)
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                var start = _pos;
                var s = ReadString();
                return new JsonString(start, _pos - start, s);
            case 't':
                return ReadLiteral("true", JsonLiteralKind.True);
            case 'f':
                return ReadLiteral("false", JsonLiteralKind.False);
            case 'n':
                return ReadLiteral("null", JsonLiteralKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }
                throw Error($"unexpected character '{c}'");
        }
    }

    private JsonObject ReadObject(int depth)
    {
        var obj = new JsonObject(_pos);
        _pos++;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _pos++;
            obj.Length = _pos - obj.Offset;
            return obj;
        }
        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("expected a property name in double quotes");
            }
            var keyOffset = _pos;
            var key = ReadString();
            SkipWhitespace();
            Expect(':');
            var value = ReadValue(depth + 1);
            obj.Add(new JsonProperty(key, keyOffset, value));
            SkipWhitespace();
            var next = Peek();
            _pos++;
            if (next == '}')
            {
                obj.Length = _pos - obj.Offset;
                return obj;
            }
            if (next != ',')
            {
                _pos--;
                throw Error("expected ',' or '}'");
            }
        }
    }

    private JsonArray ReadArray(int depth)
    {
        var array = new JsonArray(_pos);
        _pos++;
        SkipWhitespace();
        if (Peek() == ']')
        {
            _pos++;
            array.Length = _pos - array.Offset;
            return array;
        }
        while (true)
        {
            array.Items.Add(ReadValue(depth + 1));
            SkipWhitespace();
            var next = Peek();
            _pos++;
            if (next == ']')
            {
                array.Length = _pos - array.Offset;
                return array;
            }
            if (next != ',')
            {
                _pos--;
                throw Error("expected ',' or ']'");
            }
        }
    }

    private string ReadString()
    {
        _pos++;
        StringBuilder? builder = null;
        var runStart = _pos;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Error("unterminated string");
            }
            var c = _text[_pos];
            if (c == '"')
            {
                var tail = _text.Substring(runStart, _pos - runStart);
                _pos++;
                return builder is null ? tail : builder.Append(tail).ToString();
            }
            if (c < ' ')
            {
                throw Error("control character in string");
            }
            if (c != '\\')
            {
                _pos++;
                continue;
            }
            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _pos - runStart);
            _pos++;
            builder.Append(ReadEscape());
            runStart = _pos;
        }
    }

    private char ReadEscape()
    {
        var e = Peek();
        _pos++;
        switch (e)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_pos + 4 > _text.Length
                    || !int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    throw Error("invalid \\u escape");
                }
                _pos += 4;
                return (char)code;
            default:
                _pos--;
                throw Error("invalid escape sequence");
        }
    }

    private JsonNumber ReadNumber()
    {
        var start = _pos;
        if (Peek() == '-')
        {
            _pos++;
        }
        var digits = 0;
        while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] is '.' or 'e' or 'E' or '+' or '-'))
        {
            _pos++;
            digits++;
        }
        var raw = _text.Substring(start, _pos - start);
        if (digits == 0 || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            _pos = start;
            throw Error("invalid number");
        }
        return new JsonNumber(start, raw);
    }

    private JsonLiteral ReadLiteral(string word, JsonLiteralKind kind)
    {
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
        {
            throw Error($"unexpected character '{_text[_pos]}'");
        }
        var literal = new JsonLiteral(_pos, kind);
        _pos += word.Length;
        return literal;
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error($"expected '{c}'");
        }
        _pos++;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\r' or '\n')
        {
            _pos++;
        }
    }

    private JsonSyntaxException Error(string message) => new JsonSyntaxException(message, Math.Min(_pos, _text.Length));
}
