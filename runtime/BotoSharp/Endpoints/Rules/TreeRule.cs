namespace BotoSharp.Endpoints.Rules;

/// <summary>A rule whose conditions guard nested rules; it never yields a result of its own.</summary>
internal sealed class TreeRule : Rule
{
    private readonly Rule[] _rules;

    /// <summary>Creates the tree rule.</summary>
    public TreeRule(Expression[] conditions, Rule[] rules)
        : base(conditions) => _rules = rules;

    /// <inheritdoc />
    public override ResolvedEndpoint? Evaluate(RuleScope scope) =>
        ConditionsHold(scope) ? EvaluateFirst(_rules, scope) : null;
}
