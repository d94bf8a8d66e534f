using BotoSharp.Errors;

namespace BotoSharp.Paginators;

/// <summary>botocore's <c>set_value_from_jmespath</c>: sets a value at a dotted path, creating maps on the way.</summary>
internal static class JmesPathSetter
{
    /// <summary>Sets <paramref name="value"/> at <paramref name="expression"/> (only dotted lookups).</summary>
    /// <exception cref="InvalidExpressionError">The expression is not a plain dotted path.</exception>
    public static void Set(Dictionary<string, object?> source, string expression, object? value)
    {
        var parts = expression.Split('.');
        if (parts.Any(p => p.Length == 0 || p.IndexOfAny(new[] { '[', ']', '*', '(', ')', '|', '@', '&', '{', '}', '?', '!', '`', '\'', ',', ':', '<', '>', '=' }) >= 0))
        {
            throw new InvalidExpressionError(expression);
        }
        var current = source;
        for (int i = 0; i < parts.Length - 1; i++)
        {
            if (!current.TryGetValue(parts[i], out var next) || next is not Dictionary<string, object?> map)
            {
                map = new Dictionary<string, object?>(StringComparer.Ordinal);
                current[parts[i]] = map;
            }
            current = map;
        }
        current[parts[^1]] = value;
    }
}
