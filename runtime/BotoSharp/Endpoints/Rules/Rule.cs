namespace BotoSharp.Endpoints.Rules;

/// <summary>An endpoint, error or tree rule: a list of conditions and what happens when they all hold.</summary>
internal abstract class Rule
{
    private readonly Expression[] _conditions;

    /// <summary>Creates the rule with its conditions.</summary>
    protected Rule(Expression[] conditions) => _conditions = conditions;

    /// <summary>
    /// Evaluates the rule in <paramref name="scope"/>; the caller undoes the rule's assignments afterwards.
    /// Returns the endpoint, or null when the rule does not apply; an error rule throws.
    /// </summary>
    public abstract ResolvedEndpoint? Evaluate(RuleScope scope);

    /// <summary>Evaluates the conditions in order; any result that is false or null stops the rule.</summary>
    protected bool ConditionsHold(RuleScope scope)
    {
        foreach (var condition in _conditions)
        {
            var result = condition.Evaluate(scope);
            if (result is null || result is false)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Runs rules in order, each in its own view of the scope, and returns the first endpoint.</summary>
    public static ResolvedEndpoint? EvaluateFirst(Rule[] rules, RuleScope scope)
    {
        foreach (var rule in rules)
        {
            var mark = scope.Mark;
            try
            {
                var result = rule.Evaluate(scope);
                if (result is not null)
                {
                    return result;
                }
            }
            finally
            {
                scope.Reset(mark);
            }
        }
        return null;
    }
}
