namespace BotoSharp.Endpoints.Rules;

/// <summary>
/// A value in a rule set (a literal, a <c>ref</c>, a template string or a function call), parsed once so that
/// evaluation never looks at JSON again.
/// </summary>
internal abstract class Expression
{
    /// <summary>Computes the value in the given scope.</summary>
    public abstract object? Evaluate(RuleScope scope);
}
