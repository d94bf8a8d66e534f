namespace BotoSharp.JmesPath;

/// <summary>
/// python jmespath's Pratt parser, ported for its exact grammar, including what it tolerates (function arguments and
/// multi-select-hash pairs without commas) and which error class each malformed expression raises.
/// </summary>
internal sealed class JmesPathParser
{
    private const int ProjectionStop = 10;

    private static readonly Dictionary<string, int> s_bindingPower = new(StringComparer.Ordinal)
    {
        ["eof"] = 0, ["unquoted_identifier"] = 0, ["quoted_identifier"] = 0, ["literal"] = 0, ["rbracket"] = 0,
        ["rparen"] = 0, ["comma"] = 0, ["rbrace"] = 0, ["number"] = 0, ["current"] = 0, ["expref"] = 0, ["colon"] = 0,
        ["pipe"] = 1, ["or"] = 2, ["and"] = 3, ["eq"] = 5, ["gt"] = 5, ["lt"] = 5, ["gte"] = 5, ["lte"] = 5, ["ne"] = 5,
        ["flatten"] = 9, ["star"] = 20, ["filter"] = 21, ["dot"] = 40, ["not"] = 45, ["lbrace"] = 50,
        ["lbracket"] = 55, ["lparen"] = 60,
    };

    private readonly List<JmesPathToken> _tokens;
    private readonly string _expression;
    private int _index;

    private JmesPathParser(string expression)
    {
        _expression = expression;
        _tokens = JmesPathLexer.Tokenize(expression);
    }

    /// <summary>Parses <paramref name="expression"/> into its AST.</summary>
    /// <exception cref="JmesPathError">A lexer or parse error.</exception>
    public static JmesPathNode Parse(string expression)
    {
        var parser = new JmesPathParser(expression);
        var parsed = parser.Expression(0);
        if (parser.Current != "eof")
        {
            var t = parser.Lookahead(0);
            throw parser.ParseError(t, $"Unexpected token: {t.Value}");
        }
        return parsed;
    }

    private string Current => Lookahead(0).Type;

    private JmesPathToken Lookahead(int offset)
    {
        int at = _index + offset;
        return at >= 0 && at < _tokens.Count ? _tokens[at] : _tokens[^1];
    }

    private JmesPathNode Expression(int bindingPower)
    {
        var leftToken = Lookahead(0);
        _index++;
        var left = Nud(leftToken);
        while (bindingPower < s_bindingPower[Current])
        {
            var token = Current;
            _index++;
            left = Led(token, left);
        }
        return left;
    }

    private JmesPathNode Nud(JmesPathToken token)
    {
        switch (token.Type)
        {
            case "literal":
                return new JmesPathNode("literal", token.Value);
            case "unquoted_identifier":
                return new JmesPathNode("field", token.Value);
            case "quoted_identifier":
                if (Current == "lparen")
                {
                    throw ParseError(Lookahead(0), "Quoted identifier not allowed for function names.");
                }
                return new JmesPathNode("field", token.Value);
            case "star":
                var right = Current == "rbracket" ? Identity() : ProjectionRhs(s_bindingPower["star"]);
                return new JmesPathNode("value_projection", null, Identity(), right);
            case "filter":
                return FilterLed(Identity());
            case "lbrace":
                return MultiSelectHash();
            case "lparen":
                var inner = Expression(0);
                Match("rparen");
                return inner;
            case "flatten":
                return new JmesPathNode("projection", null, new JmesPathNode("flatten", null, Identity()), ProjectionRhs(s_bindingPower["flatten"]));
            case "not":
                return new JmesPathNode("not_expression", null, Expression(s_bindingPower["not"]));
            case "lbracket":
                if (Current is "number" or "colon")
                {
                    return ProjectIfSlice(Identity(), IndexExpression());
                }
                if (Current == "star" && Lookahead(1).Type == "rbracket")
                {
                    _index += 2;
                    return new JmesPathNode("projection", null, Identity(), ProjectionRhs(s_bindingPower["star"]));
                }
                return MultiSelectList();
            case "current":
                return new JmesPathNode("current");
            case "expref":
                return new JmesPathNode("expref", null, Expression(s_bindingPower["expref"]));
            case "eof":
                throw Incomplete();
            default:
                throw ParseError(token, "invalid token");
        }
    }

    private JmesPathNode Led(string tokenType, JmesPathNode left)
    {
        switch (tokenType)
        {
            case "dot":
                if (Current != "star")
                {
                    var right = DotRhs(s_bindingPower["dot"]);
                    if (left.Type == "subexpression")
                    {
                        left.Children.Add(right);
                        return left;
                    }
                    return new JmesPathNode("subexpression", null, left, right);
                }
                _index++;
                return new JmesPathNode("value_projection", null, left, ProjectionRhs(s_bindingPower["dot"]));
            case "pipe":
                return new JmesPathNode("pipe", null, left, Expression(s_bindingPower["pipe"]));
            case "or":
                return new JmesPathNode("or_expression", null, left, Expression(s_bindingPower["or"]));
            case "and":
                return new JmesPathNode("and_expression", null, left, Expression(s_bindingPower["and"]));
            case "lparen":
                return FunctionCall(left);
            case "filter":
                return FilterLed(left);
            case "eq" or "ne" or "gt" or "gte" or "lt" or "lte":
                return new JmesPathNode("comparator", tokenType, left, Expression(s_bindingPower[tokenType]));
            case "flatten":
                return new JmesPathNode("projection", null, new JmesPathNode("flatten", null, left), ProjectionRhs(s_bindingPower["flatten"]));
            case "lbracket":
                return BracketLed(left);
            default:
                // python looks the led up before advancing; the token it reports is the one it could not use.
                _index--;
                throw ParseError(Lookahead(0), "invalid token");
        }
    }

    private JmesPathNode FunctionCall(JmesPathNode left)
    {
        if (left.Type != "field")
        {
            var previous = Lookahead(-2);
            throw ParseError(previous, $"Invalid function name '{previous.Value}'");
        }
        var args = new List<JmesPathNode>();
        while (Current != "rparen")
        {
            var argument = Expression(0);
            if (Current == "comma")
            {
                Match("comma");
            }
            args.Add(argument);
        }
        Match("rparen");
        return new JmesPathNode("function_expression", left.Value, args.ToArray());
    }

    private JmesPathNode FilterLed(JmesPathNode left)
    {
        var condition = Expression(0);
        Match("rbracket");
        var right = Current == "flatten" ? Identity() : ProjectionRhs(s_bindingPower["filter"]);
        return new JmesPathNode("filter_projection", null, left, right, condition);
    }

    private JmesPathNode BracketLed(JmesPathNode left)
    {
        if (Current is "number" or "colon")
        {
            var right = IndexExpression();
            if (left.Type == "index_expression")
            {
                left.Children.Add(right);
                return left;
            }
            return ProjectIfSlice(left, right);
        }
        Match("star");
        Match("rbracket");
        return new JmesPathNode("projection", null, left, ProjectionRhs(s_bindingPower["star"]));
    }

    private JmesPathNode IndexExpression()
    {
        if (Current == "colon" || Lookahead(1).Type == "colon")
        {
            return SliceExpression();
        }
        var node = new JmesPathNode("index", Lookahead(0).Value);
        _index++;
        Match("rbracket");
        return node;
    }

    private JmesPathNode SliceExpression()
    {
        var parts = new long?[3];
        int index = 0;
        while (Current != "rbracket" && index < 3)
        {
            if (Current == "colon")
            {
                index++;
                if (index == 3)
                {
                    throw ParseError(Lookahead(0), "syntax error");
                }
                _index++;
            }
            else if (Current == "number")
            {
                parts[index] = (long)Lookahead(0).Value!;
                _index++;
            }
            else
            {
                throw ParseError(Lookahead(0), "syntax error");
            }
        }
        Match("rbracket");
        return new JmesPathNode("slice", parts);
    }

    private JmesPathNode ProjectIfSlice(JmesPathNode left, JmesPathNode right)
    {
        var indexExpression = new JmesPathNode("index_expression", null, left, right);
        return right.Type == "slice"
            ? new JmesPathNode("projection", null, indexExpression, ProjectionRhs(s_bindingPower["star"]))
            : indexExpression;
    }

    private JmesPathNode MultiSelectList()
    {
        var expressions = new List<JmesPathNode>();
        while (true)
        {
            expressions.Add(Expression(0));
            if (Current == "rbracket")
            {
                break;
            }
            Match("comma");
        }
        Match("rbracket");
        return new JmesPathNode("multi_select_list", null, expressions.ToArray());
    }

    private JmesPathNode MultiSelectHash()
    {
        var pairs = new List<JmesPathNode>();
        while (true)
        {
            var keyToken = Lookahead(0);
            if (Current is not ("quoted_identifier" or "unquoted_identifier"))
            {
                throw ParseErrorMaybeEof("['quoted_identifier', 'unquoted_identifier']", keyToken);
            }
            _index++;
            Match("colon");
            pairs.Add(new JmesPathNode("key_val_pair", keyToken.Value, Expression(0)));
            if (Current == "comma")
            {
                Match("comma");
            }
            else if (Current == "rbrace")
            {
                Match("rbrace");
                break;
            }
        }
        return new JmesPathNode("multi_select_dict", null, pairs.ToArray());
    }

    private JmesPathNode ProjectionRhs(int bindingPower)
    {
        if (s_bindingPower[Current] < ProjectionStop)
        {
            return Identity();
        }
        switch (Current)
        {
            case "lbracket" or "filter":
                return Expression(bindingPower);
            case "dot":
                Match("dot");
                return DotRhs(bindingPower);
            default:
                throw ParseError(Lookahead(0), "syntax error");
        }
    }

    private JmesPathNode DotRhs(int bindingPower)
    {
        switch (Current)
        {
            case "quoted_identifier" or "unquoted_identifier" or "star":
                return Expression(bindingPower);
            case "lbracket":
                Match("lbracket");
                return MultiSelectList();
            case "lbrace":
                Match("lbrace");
                return MultiSelectHash();
            default:
                var t = Lookahead(0);
                throw ParseError(t, $"Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: {t.Type}");
        }
    }

    private void Match(string tokenType)
    {
        if (Current != tokenType)
        {
            throw ParseErrorMaybeEof($"{tokenType}", Lookahead(0));
        }
        _index++;
    }

    private static JmesPathNode Identity() => new("identity");

    private JmesPathError ParseErrorMaybeEof(string expected, JmesPathToken token) =>
        token.Type == "eof" ? Incomplete() : ParseError(token, $"Expecting: {expected}, got: {token.Type}");

    private JmesPathError Incomplete() =>
        new("IncompleteExpressionError", $"Invalid jmespath expression: Incomplete expression:\n\"{_expression}\"");

    private JmesPathError ParseError(JmesPathToken token, string message) =>
        new("ParseError", $"{message}: Parse error at column {token.Start}, token \"{token.Value}\" ({token.Type.ToUpperInvariant()}), for expression:\n\"{_expression}\"");
}
