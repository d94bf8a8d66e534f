using System.Globalization;
using System.Text;

namespace BotoSharp.JmesPath;

/// <summary>
/// Python's <c>json.loads</c> for JMESPath literals and quoted identifiers: integers stay <c>long</c>, anything with a
/// fraction or exponent is <c>double</c>, <c>NaN</c>/<c>Infinity</c> are accepted, control characters in strings and
/// trailing data are refused. Objects keep insertion order and a repeated key keeps its first place with the last value.
/// </summary>
internal sealed class PythonJsonReader
{
    private readonly string _text;
    private int _pos;

    private PythonJsonReader(string text) => _text = text;

    /// <summary>Parses <paramref name="text"/>, or returns false where python raises <c>ValueError</c>.</summary>
    public static bool TryParse(string text, out object? value)
    {
        var reader = new PythonJsonReader(text);
        try
        {
            reader.SkipWhitespace();
            value = reader.ReadValue();
            reader.SkipWhitespace();
            return reader._pos == text.Length;
        }
        catch (FormatException)
        {
            value = null;
            return false;
        }
    }

    private char Peek => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r')
        {
            _pos++;
        }
    }

    private bool Consume(string word)
    {
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) == 0 && _pos + word.Length <= _text.Length)
        {
            _pos += word.Length;
            return true;
        }
        return false;
    }

    private object? ReadValue()
    {
        if (_pos >= _text.Length)
        {
            throw new FormatException();
        }
        switch (_text[_pos])
        {
            case '"':
                return ReadString();
            case '{':
                return ReadObject();
            case '[':
                return ReadArray();
        }
        if (Consume("null"))
        {
            return null;
        }
        if (Consume("true"))
        {
            return true;
        }
        if (Consume("false"))
        {
            return false;
        }
        if (Consume("NaN"))
        {
            return double.NaN;
        }
        if (Consume("Infinity"))
        {
            return double.PositiveInfinity;
        }
        if (Consume("-Infinity"))
        {
            return double.NegativeInfinity;
        }
        return ReadNumber();
    }

    private object ReadNumber()
    {
        int start = _pos;
        if (Peek == '-')
        {
            _pos++;
        }
        if (Peek == '0')
        {
            _pos++;
        }
        else if (Peek is >= '1' and <= '9')
        {
            SkipDigits();
        }
        else
        {
            throw new FormatException();
        }
        bool isFloat = false;
        if (Peek == '.' && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1]))
        {
            _pos++;
            SkipDigits();
            isFloat = true;
        }
        if (Peek is 'e' or 'E')
        {
            int mark = _pos++;
            if (Peek is '+' or '-')
            {
                _pos++;
            }
            if (char.IsAsciiDigit(Peek))
            {
                SkipDigits();
                isFloat = true;
            }
            else
            {
                _pos = mark;
            }
        }
        var span = _text.AsSpan(start, _pos - start);
        if (!isFloat && long.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }
        return double.Parse(span, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private void SkipDigits()
    {
        while (char.IsAsciiDigit(Peek))
        {
            _pos++;
        }
    }

    private string ReadString()
    {
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new FormatException();
            }
            char c = _text[_pos++];
            if (c == '"')
            {
                return sb.ToString();
            }
            if (c < 0x20)
            {
                throw new FormatException();
            }
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }
            char escape = _pos < _text.Length ? _text[_pos++] : throw new FormatException();
            switch (escape)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u': sb.Append(ReadHex4()); break;
                default: throw new FormatException();
            }
        }
    }

    private char ReadHex4()
    {
        if (_pos + 4 > _text.Length
            || !ushort.TryParse(_text.AsSpan(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || _text.AsSpan(_pos, 4).ContainsAny('+', '-'))
        {
            throw new FormatException();
        }
        _pos += 4;
        return (char)code;
    }

    private Dictionary<string, object?> ReadObject()
    {
        _pos++;
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        SkipWhitespace();
        if (Peek == '}')
        {
            _pos++;
            return result;
        }
        while (true)
        {
            if (Peek != '"')
            {
                throw new FormatException();
            }
            var key = ReadString();
            SkipWhitespace();
            if (Peek != ':')
            {
                throw new FormatException();
            }
            _pos++;
            SkipWhitespace();
            result[key] = ReadValue();
            SkipWhitespace();
            char next = Peek;
            _pos++;
            if (next == '}')
            {
                return result;
            }
            if (next != ',')
            {
                throw new FormatException();
            }
            SkipWhitespace();
        }
    }

    private List<object?> ReadArray()
    {
        _pos++;
        var result = new List<object?>();
        SkipWhitespace();
        if (Peek == ']')
        {
            _pos++;
            return result;
        }
        while (true)
        {
            result.Add(ReadValue());
            SkipWhitespace();
            char next = Peek;
            _pos++;
            if (next == ']')
            {
                return result;
            }
            if (next != ',')
            {
                throw new FormatException();
            }
            SkipWhitespace();
        }
    }
}
