namespace BotoSharp.Endpoints.Rules;

/// <summary><c>{"ref": "Name"}</c>: a parameter or an assigned variable; unbound names read as null.</summary>
internal sealed class ReferenceExpression : Expression
{
    private readonly int _slot;

    /// <summary>Refers to the variable in <paramref name="slot"/>.</summary>
    public ReferenceExpression(int slot) => _slot = slot;

    /// <inheritdoc />
    public override object? Evaluate(RuleScope scope) => scope.Get(_slot);
}
