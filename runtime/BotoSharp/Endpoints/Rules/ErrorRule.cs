using BotoSharp.Endpoints.Library;
using BotoSharp.Errors;

namespace BotoSharp.Endpoints.Rules;

/// <summary>A rule that raises <see cref="EndpointResolutionError"/> with its (possibly templated) message.</summary>
internal sealed class ErrorRule : Rule
{
    private readonly Expression _error;

    /// <summary>Creates the error rule.</summary>
    public ErrorRule(Expression[] conditions, Expression error)
        : base(conditions) => _error = error;

    /// <inheritdoc />
    public override ResolvedEndpoint? Evaluate(RuleScope scope)
    {
        if (!ConditionsHold(scope))
        {
            return null;
        }
        var message = _error.Evaluate(scope);
        throw new EndpointResolutionError(message as string ?? PythonText.Str(message));
    }
}
