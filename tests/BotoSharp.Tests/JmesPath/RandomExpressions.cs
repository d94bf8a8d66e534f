using System.Globalization;
using BotoSharp.Protocols;

namespace BotoSharp.Tests.JmesPath;

/// <summary>
/// Seeded generator of JMESPath expressions and documents for the differential against python's jmespath: every
/// grammar form and function, arguments of right and wrong types and counts, and mangled expressions for errors.
/// </summary>
internal sealed class RandomExpressions
{
    private static readonly string[] s_keys = { "a", "b", "c", "foo", "bar" };
    private static readonly string[] s_strings = { "a", "b", "", "abc", "1", "2.5", " 3 ", "B", "foo", "é", "1_0", "-4" };
    private static readonly string[] s_functions =
    {
        "abs", "avg", "ceil", "contains", "ends_with", "floor", "join", "keys", "length", "map", "max", "max_by", "merge",
        "min", "min_by", "not_null", "reverse", "sort", "sort_by", "starts_with", "sum", "to_array", "to_number",
        "to_string", "type", "values", "unknown_fn",
    };
    private static readonly Dictionary<string, int> s_arity = new(StringComparer.Ordinal)
    {
        ["contains"] = 2, ["ends_with"] = 2, ["starts_with"] = 2, ["join"] = 2, ["map"] = 2, ["max_by"] = 2,
        ["min_by"] = 2, ["sort_by"] = 2, ["merge"] = 2, ["not_null"] = 3,
    };
    private static readonly string[] s_junk = { "[", "]", "(", ")", "{", "}", ".", "|", "&", "!", "=", "<", "`", "'", "\"", ",", ":", "*", "?", "-", "@", "#" };

    private readonly Random _random;

    public RandomExpressions(int seed) => _random = new Random(seed);

    /// <summary>A document of maps, lists, strings, integers, floats, booleans and nulls.</summary>
    public object? Document(int depth = 3)
    {
        int pick = _random.Next(depth <= 0 ? 6 : 10);
        switch (pick)
        {
            case 0: return null;
            case 1: return _random.Next(2) == 0;
            case 2: return (long)_random.Next(-3, 8);
            case 3: return _random.Next(-6, 12) / 2.0;
            case 4 or 5: return s_strings[_random.Next(s_strings.Length)];
            case 6 or 7:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                int count = _random.Next(5);
                for (int i = 0; i < count; i++)
                {
                    map[s_keys[_random.Next(s_keys.Length)]] = Document(depth - 1);
                }
                return map;
            default:
                var list = new List<object?>();
                int n = _random.Next(5);
                bool homogeneous = _random.Next(2) == 0;
                for (int i = 0; i < n; i++)
                {
                    list.Add(homogeneous ? (object)(long)_random.Next(-3, 9) : Document(depth - 1));
                }
                return list;
        }
    }

    /// <summary>An expression; about one in eight is mangled to exercise the error paths.</summary>
    public string Expression()
    {
        var expression = Expr(3);
        if (_random.Next(8) == 0)
        {
            int at = _random.Next(expression.Length + 1);
            expression = _random.Next(2) == 0 && expression.Length > 0
                ? expression.Remove(Math.Min(at, expression.Length - 1), 1)
                : expression.Insert(at, s_junk[_random.Next(s_junk.Length)]);
        }
        return expression;
    }

    private string Expr(int depth)
    {
        if (depth <= 0)
        {
            return Leaf();
        }
        return _random.Next(22) switch
        {
            0 or 1 => Leaf(),
            2 => $"{Expr(depth - 1)}.{Field()}",
            3 => $"{Expr(depth - 1)}[{_random.Next(-3, 4)}]",
            4 => $"{Expr(depth - 1)}[{Slice()}]",
            5 => $"{Expr(depth - 1)}[*].{Field()}",
            6 => $"{Expr(depth - 1)}.*",
            7 => $"{Expr(depth - 1)}[]",
            8 => $"{Expr(depth - 1)}[?{Condition(depth - 1)}]",
            9 => $"[{Expr(depth - 1)}, {Expr(depth - 1)}]",
            10 => $"{{{Field()}: {Expr(depth - 1)}, {Field()}: {Expr(depth - 1)}}}",
            11 => $"{Expr(depth - 1)} || {Expr(depth - 1)}",
            12 => $"{Expr(depth - 1)} && {Expr(depth - 1)}",
            13 => $"!{Expr(depth - 1)}",
            14 => $"{Expr(depth - 1)} | {Expr(depth - 1)}",
            15 => $"({Expr(depth - 1)})",
            16 => Condition(depth - 1),
            17 => $"{Expr(depth - 1)}.[{Field()}, @]",
            _ => Function(depth - 1),
        };
    }

    private string Leaf() => _random.Next(9) switch
    {
        0 => "@",
        1 => Literal(),
        2 => $"'{s_strings[_random.Next(s_strings.Length)]}'",
        3 => $"\"{Field()}\"",
        4 => "*",
        5 => "[*]",
        _ => Field(),
    };

    private string Field() => s_keys[_random.Next(s_keys.Length)];

    private string Slice()
    {
        string Part() => _random.Next(3) == 0 ? string.Empty : _random.Next(-4, 5).ToString(CultureInfo.InvariantCulture);
        return _random.Next(2) == 0 ? $"{Part()}:{Part()}" : $"{Part()}:{Part()}:{Part()}";
    }

    private string Literal() => "`" + PythonJsonWriter.Serialize(Document(1)).Replace("`", "\\`", StringComparison.Ordinal) + "`";

    private string Condition(int depth)
    {
        var op = new[] { "==", "!=", "<", "<=", ">", ">=" }[_random.Next(6)];
        return $"{Expr(Math.Max(0, depth - 1))} {op} {Expr(Math.Max(0, depth - 1))}";
    }

    private string Function(int depth)
    {
        var name = s_functions[_random.Next(s_functions.Length)];
        int arity = s_arity.TryGetValue(name, out var a) ? a : 1;
        if (_random.Next(10) == 0)
        {
            arity = Math.Max(0, arity + _random.Next(-1, 2));
        }
        var args = new List<string>();
        for (int i = 0; i < arity; i++)
        {
            bool wantsExpref = name is "map" or "sort_by" or "max_by" or "min_by" && i == (name == "map" ? 0 : 1);
            args.Add(wantsExpref && _random.Next(6) != 0 ? "&" + Expr(depth) : Expr(depth));
        }
        return $"{name}({string.Join(", ", args)})";
    }
}
