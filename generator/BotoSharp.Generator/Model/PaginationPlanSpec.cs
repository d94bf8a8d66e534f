namespace BotoSharp.Generator.Model;

/// <summary>
/// A paginator whose expressions are all plain member paths, resolved on the typed shapes: the generator emits it as a
/// <c>TypedPagination</c> (member access instead of runtime JMESPath). <see cref="NextToken"/> is the output's
/// top-level string <c>NextToken</c> member, which receives a full result's resume token as the dictionary path's does.
/// </summary>
internal sealed record PaginationPlanSpec(
    string FieldName,
    string OperationMethod,
    EquatableArray<PlanTokenSpec> Tokens,
    EquatableArray<PlanPathSpec> ResultKeys,
    PlanPathSpec? LimitKey,
    PlanPathSpec? MoreResults,
    EquatableArray<PlanPathSpec> NonAggregateKeys,
    PlanPathSpec? NextToken);

/// <summary>An <c>input_token</c> (a top-level input member) and the <c>output_token</c> paired with it.</summary>
internal sealed record PlanTokenSpec(PlanPathSpec Input, PlanPathSpec Output);

/// <summary>A dotted member path (<c>A.B</c>) as properties, each step's value, and the structure type created on the way.</summary>
internal sealed record PlanPathSpec(string Expression, EquatableArray<PlanStepSpec> Steps)
{
    /// <summary>The value at the end of the path.</summary>
    public ValueSpec Value => Steps[Steps.Count - 1].Value;
}

/// <summary>One step of a member path: the property and its value.</summary>
internal sealed record PlanStepSpec(string PropertyName, ValueSpec Value);
