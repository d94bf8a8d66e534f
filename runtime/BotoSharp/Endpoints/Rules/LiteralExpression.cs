namespace BotoSharp.Endpoints.Rules;

/// <summary>A constant: a string without a template, a boolean, a number or a list.</summary>
internal sealed class LiteralExpression : Expression
{
    private readonly object? _value;

    /// <summary>Wraps the constant.</summary>
    public LiteralExpression(object? value) => _value = value;

    /// <summary>The constant itself.</summary>
    public object? Value => _value;

    /// <inheritdoc />
    public override object? Evaluate(RuleScope scope) => _value;
}
