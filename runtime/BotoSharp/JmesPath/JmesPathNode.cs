namespace BotoSharp.JmesPath;

/// <summary>
/// One node of a parsed expression, shaped as python jmespath's AST dictionaries (<c>type</c>, <c>value</c>,
/// <c>children</c>) so the parser and interpreter port line for line. Sub-expressions and index expressions grow
/// their children while parsing, hence the list.
/// </summary>
internal sealed class JmesPathNode
{
    public JmesPathNode(string type, object? value = null, params JmesPathNode[] children)
    {
        Type = type;
        Value = value;
        Children = new List<JmesPathNode>(children);
    }

    /// <summary>The node kind (<c>field</c>, <c>projection</c>, <c>comparator</c>…).</summary>
    public string Type { get; }

    /// <summary>The field name, literal, index, comparator, function name or slice parts.</summary>
    public object? Value { get; }

    /// <summary>The child nodes in evaluation order.</summary>
    public List<JmesPathNode> Children { get; }
}
