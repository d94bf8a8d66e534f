namespace BotoSharp.JmesPath;

/// <summary>An expression reference (<c>&amp;expr</c>) as a value: what <c>sort_by</c>, <c>map</c>… evaluate per element.</summary>
internal sealed class JmesPathExpref
{
    public JmesPathExpref(JmesPathNode expression) => Expression = expression;

    /// <summary>The referenced expression.</summary>
    public JmesPathNode Expression { get; }

    /// <summary>Evaluates the referenced expression against <paramref name="value"/>.</summary>
    public object? Visit(object? value) => JmesPathInterpreter.Visit(Expression, value);
}
