using BotoSharp.Caching;

namespace BotoSharp.JmesPath;

/// <summary>
/// A compiled JMESPath expression over BotoSharp's value model (the botocore-shaped dictionaries, lists, strings,
/// numbers and booleans), behaving as python's <c>jmespath</c> 1.1.0, the library botocore evaluates paginator and
/// waiter expressions with: the same results, and the same error class (<see cref="JmesPathError.PythonClass"/>).
/// </summary>
public sealed class JmesPathExpression
{
    private const int CacheLimit = 512;
    private static readonly BoundedCache<string, JmesPathExpression> s_cache = new(CacheLimit, StringComparer.Ordinal);

    private readonly JmesPathNode _root;

    private JmesPathExpression(string expression, JmesPathNode root)
    {
        Expression = expression;
        _root = root;
    }

    /// <summary>The expression text.</summary>
    public string Expression { get; }

    /// <summary>Compiles <paramref name="expression"/> (cached, as jmespath caches up to 512 parsed expressions).</summary>
    /// <exception cref="JmesPathError">The expression is empty or malformed.</exception>
    public static JmesPathExpression Compile(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (s_cache.TryGetValue(expression, out var cached))
        {
            return cached;
        }
        var compiled = new JmesPathExpression(expression, JmesPathParser.Parse(expression));
        s_cache.RememberOrReset(expression, compiled);
        return compiled;
    }

    /// <summary>python's <c>jmespath.search(expression, data)</c>.</summary>
    /// <exception cref="JmesPathError">The expression is malformed, or a function got the wrong arguments.</exception>
    public static object? Search(string expression, object? data) => Compile(expression).Search(data);

    /// <summary>Evaluates the expression against <paramref name="data"/>; results are new lists and dictionaries or parts of <paramref name="data"/>.</summary>
    /// <exception cref="JmesPathError">A function got the wrong number or types of arguments.</exception>
    public object? Search(object? data)
    {
        var result = JmesPathInterpreter.Visit(_root, data);
        return result is JmesPathExpref ? throw new JmesPathError("TypeError", "An expression reference is not a value.") : result;
    }

    /// <inheritdoc/>
    public override string ToString() => Expression;
}
