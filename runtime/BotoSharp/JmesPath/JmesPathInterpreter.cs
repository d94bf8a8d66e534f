namespace BotoSharp.JmesPath;

/// <summary>python jmespath's <c>TreeInterpreter</c> over BotoSharp's value model.</summary>
internal static class JmesPathInterpreter
{
    /// <summary>Evaluates <paramref name="node"/> against <paramref name="value"/>.</summary>
    public static object? Visit(JmesPathNode node, object? value)
    {
        switch (node.Type)
        {
            case "subexpression" or "index_expression" or "pipe":
                var result = value;
                foreach (var child in node.Children)
                {
                    result = Visit(child, result);
                }
                return result;
            case "field":
                return value is not null && JmesPathValues.IsObject(value) && JmesPathValues.TryGet(value, (string)node.Value!, out var found) ? found : null;
            case "comparator":
                return Comparator((string)node.Value!, Visit(node.Children[0], value), Visit(node.Children[1], value));
            case "current" or "identity":
                return value;
            case "expref":
                return new JmesPathExpref(node.Children[0]);
            case "function_expression":
                var args = new List<object?>(node.Children.Count);
                foreach (var child in node.Children)
                {
                    args.Add(Visit(child, value));
                }
                return JmesPathFunctions.Call((string)node.Value!, args);
            case "filter_projection":
                return FilterProjection(node, value);
            case "flatten":
                return Flatten(Visit(node.Children[0], value));
            case "index":
                return Index(value, (long)node.Value!);
            case "slice":
                return JmesPathValues.AsList(value) is { } list ? JmesPathSlice.Apply(list, (long?[])node.Value!) : null;
            case "key_val_pair":
                return Visit(node.Children[0], value);
            case "literal":
                return node.Value;
            case "multi_select_dict":
                return MultiSelectDict(node, value);
            case "multi_select_list":
                return MultiSelectList(node, value);
            case "or_expression":
                var left = Visit(node.Children[0], value);
                return JmesPathValues.IsFalse(left) ? Visit(node.Children[1], value) : left;
            case "and_expression":
                var first = Visit(node.Children[0], value);
                return JmesPathValues.IsFalse(first) ? first : Visit(node.Children[1], value);
            case "not_expression":
                return JmesPathValues.Not(Visit(node.Children[0], value));
            case "projection":
                return JmesPathValues.AsList(Visit(node.Children[0], value)) is { } items ? Project(items, node.Children[1]) : null;
            case "value_projection":
                var baseValue = Visit(node.Children[0], value);
                return baseValue is not null && JmesPathValues.IsObject(baseValue)
                    ? Project(JmesPathValues.Entries(baseValue).Select(e => e.Value).ToList(), node.Children[1])
                    : null;
            default:
                throw new InvalidOperationException($"Unknown JMESPath node {node.Type}");
        }
    }

    private static object? Comparator(string op, object? left, object? right)
    {
        switch (op)
        {
            case "eq":
                return JmesPathValues.JmesEquals(left, right);
            case "ne":
                return !JmesPathValues.JmesEquals(left, right);
        }
        if (!IsComparable(left) || !IsComparable(right))
        {
            return null;
        }
        var symbol = op switch { "lt" => "<", "lte" => "<=", "gt" => ">", _ => ">=" };
        int c = JmesPathValues.Compare(left!, right!, symbol);
        if (c == int.MinValue)
        {
            return false;
        }
        return op switch
        {
            "lt" => c < 0,
            "lte" => c <= 0,
            "gt" => c > 0,
            _ => c >= 0,
        };
    }

    private static bool IsComparable(object? value) => value is string || JmesPathValues.IsNumber(value);

    private static List<object?>? FilterProjection(JmesPathNode node, object? value)
    {
        if (JmesPathValues.AsList(Visit(node.Children[0], value)) is not { } items)
        {
            return null;
        }
        var collected = new List<object?>();
        foreach (var element in items)
        {
            if (!JmesPathValues.IsFalse(Visit(node.Children[2], element)) && Visit(node.Children[1], element) is { } current)
            {
                collected.Add(current);
            }
        }
        return collected;
    }

    private static List<object?>? Flatten(object? value)
    {
        if (JmesPathValues.AsList(value) is not { } items)
        {
            return null;
        }
        var merged = new List<object?>();
        foreach (var element in items)
        {
            if (JmesPathValues.AsList(element) is { } inner)
            {
                foreach (var item in inner)
                {
                    merged.Add(item);
                }
            }
            else
            {
                merged.Add(element);
            }
        }
        return merged;
    }

    private static object? Index(object? value, long index)
    {
        if (JmesPathValues.AsList(value) is not { } list)
        {
            return null;
        }
        long at = index < 0 ? list.Count + index : index;
        return at >= 0 && at < list.Count ? list[(int)at] : null;
    }

    private static Dictionary<string, object?>? MultiSelectDict(JmesPathNode node, object? value)
    {
        if (value is null)
        {
            return null;
        }
        var collected = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var child in node.Children)
        {
            collected[(string)child.Value!] = Visit(child, value);
        }
        return collected;
    }

    private static List<object?>? MultiSelectList(JmesPathNode node, object? value)
    {
        if (value is null)
        {
            return null;
        }
        var collected = new List<object?>(node.Children.Count);
        foreach (var child in node.Children)
        {
            collected.Add(Visit(child, value));
        }
        return collected;
    }

    private static List<object?> Project(System.Collections.IList items, JmesPathNode right)
    {
        var collected = new List<object?>();
        foreach (var element in items)
        {
            if (Visit(right, element) is { } current)
            {
                collected.Add(current);
            }
        }
        return collected;
    }
}
