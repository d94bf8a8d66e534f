using System.Globalization;
using System.Text;

namespace BotoSharp.JmesPath;

/// <summary>
/// python jmespath's lexer, ported for its exact acceptance: backslash handling in delimited tokens, the JEP-12
/// fallback that reads a non-JSON literal as a string, and the tokens it refuses.
/// </summary>
internal sealed class JmesPathLexer
{
    private readonly string _expression;
    private int _position;
    private char? _current;

    private JmesPathLexer(string expression)
    {
        _expression = expression;
        _current = expression[0];
    }

    /// <summary>All tokens of <paramref name="expression"/>, ending with <c>eof</c>.</summary>
    /// <exception cref="JmesPathError">An empty expression or a bad token.</exception>
    public static List<JmesPathToken> Tokenize(string expression)
    {
        if (string.IsNullOrEmpty(expression))
        {
            throw new JmesPathError("EmptyExpressionError", "Invalid JMESPath expression: cannot be empty.");
        }
        return new JmesPathLexer(expression).Run();
    }

    private List<JmesPathToken> Run()
    {
        var tokens = new List<JmesPathToken>();
        while (_current is char c)
        {
            int start = _position;
            switch (c)
            {
                case '.': tokens.Add(Simple("dot", c)); break;
                case '*': tokens.Add(Simple("star", c)); break;
                case ']': tokens.Add(Simple("rbracket", c)); break;
                case ',': tokens.Add(Simple("comma", c)); break;
                case ':': tokens.Add(Simple("colon", c)); break;
                case '@': tokens.Add(Simple("current", c)); break;
                case '(': tokens.Add(Simple("lparen", c)); break;
                case ')': tokens.Add(Simple("rparen", c)); break;
                case '{': tokens.Add(Simple("lbrace", c)); break;
                case '}': tokens.Add(Simple("rbrace", c)); break;
                case ' ' or '\t' or '\n' or '\r': Next(); break;
                case '[': tokens.Add(Bracket()); break;
                case '\'': tokens.Add(new JmesPathToken("literal", ConsumeUntil('\'').Replace("\\'", "'", StringComparison.Ordinal), start)); break;
                case '|': tokens.Add(MatchOrElse('|', "or", "pipe")); break;
                case '&': tokens.Add(MatchOrElse('&', "and", "expref")); break;
                case '`': tokens.Add(Literal()); break;
                case '"': tokens.Add(QuotedIdentifier()); break;
                case '<': tokens.Add(MatchOrElse('=', "lte", "lt")); break;
                case '>': tokens.Add(MatchOrElse('=', "gte", "gt")); break;
                case '!': tokens.Add(MatchOrElse('=', "ne", "not")); break;
                case '=': tokens.Add(DoubleEquals()); break;
                case '-' or (>= '0' and <= '9'): tokens.Add(Number()); break;
                default:
                    if (char.IsAsciiLetter(c) || c == '_')
                    {
                        var sb = new StringBuilder().Append(c);
                        while (Next() is char n && (char.IsAsciiLetterOrDigit(n) || n == '_'))
                        {
                            sb.Append(n);
                        }
                        tokens.Add(new JmesPathToken("unquoted_identifier", sb.ToString(), start));
                        break;
                    }
                    throw LexerError(_position, c.ToString(), $"Unknown token {c}");
            }
        }
        tokens.Add(new JmesPathToken("eof", string.Empty, _expression.Length));
        return tokens;
    }

    private char? Next()
    {
        if (_position == _expression.Length - 1)
        {
            _current = null;
        }
        else
        {
            _current = _expression[++_position];
        }
        return _current;
    }

    private JmesPathToken Simple(string type, char value)
    {
        var token = new JmesPathToken(type, value.ToString(), _position);
        Next();
        return token;
    }

    private JmesPathToken Bracket()
    {
        int start = _position;
        switch (Next())
        {
            case ']':
                Next();
                return new JmesPathToken("flatten", "[]", start);
            case '?':
                Next();
                return new JmesPathToken("filter", "[?", start);
            default:
                return new JmesPathToken("lbracket", "[", start);
        }
    }

    private JmesPathToken MatchOrElse(char expected, string matchType, string elseType)
    {
        int start = _position;
        char current = _current!.Value;
        if (Next() == expected)
        {
            Next();
            return new JmesPathToken(matchType, $"{current}{expected}", start);
        }
        return new JmesPathToken(elseType, current.ToString(), start);
    }

    private JmesPathToken DoubleEquals()
    {
        if (Next() == '=')
        {
            var token = new JmesPathToken("eq", "==", _position - 1);
            Next();
            return token;
        }
        int position = _current is null ? _position : _position - 1;
        throw LexerError(position, "=", "Unknown token '='");
    }

    private JmesPathToken Number()
    {
        int start = _position;
        var sb = new StringBuilder().Append(_current!.Value);
        while (Next() is char n && char.IsAsciiDigit(n))
        {
            sb.Append(n);
        }
        var text = sb.ToString();
        if (text == "-")
        {
            throw LexerError(start, text, "Unknown token '-'");
        }
        // python's int() is unbounded; an index beyond long is never in range, so the largest long stands in for it.
        var value = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : text[0] == '-' ? long.MinValue : long.MaxValue;
        return new JmesPathToken("number", value, start);
    }

    /// <summary>Consumes up to <paramref name="delimiter"/>, keeping each backslash and the character after it.</summary>
    private string ConsumeUntil(char delimiter)
    {
        int start = _position;
        var sb = new StringBuilder();
        Next();
        while (_current != delimiter)
        {
            if (_current == '\\')
            {
                sb.Append('\\');
                Next();
            }
            if (_current is not char c)
            {
                throw LexerError(start, _expression[start..], $"Unclosed {delimiter} delimiter");
            }
            sb.Append(c);
            Next();
        }
        Next();
        return sb.ToString();
    }

    private JmesPathToken Literal()
    {
        int start = _position;
        var lexeme = ConsumeUntil('`').Replace("\\`", "`", StringComparison.Ordinal);
        if (PythonJsonReader.TryParse(lexeme, out var value)
            || PythonJsonReader.TryParse("\"" + PythonStrings.LStrip(lexeme) + "\"", out value))
        {
            return new JmesPathToken("literal", value, start);
        }
        throw LexerError(start, _expression[start..], $"Bad token {lexeme}");
    }

    private JmesPathToken QuotedIdentifier()
    {
        int start = _position;
        var lexeme = "\"" + ConsumeUntil('"') + "\"";
        if (PythonJsonReader.TryParse(lexeme, out var value))
        {
            return new JmesPathToken("quoted_identifier", value, start);
        }
        throw LexerError(start, lexeme, "Invalid quoted identifier");
    }

    private static JmesPathError LexerError(int position, string value, string message) =>
        new("LexerError", $"Bad jmespath expression: {message} at column {position}, token \"{value}\"");
}
