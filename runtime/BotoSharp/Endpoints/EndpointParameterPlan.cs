using BotoSharp.Endpoints.Library;
using BotoSharp.Errors;

namespace BotoSharp.Endpoints;

/// <summary>
/// <see cref="EndpointParameterBuilder.BuildInto"/> decided once per operation: for each rule-set parameter, which
/// sources can give it a value (the static value itself, the member, the JMESPath, the client-context key already in
/// snake_case, the builtIn and whether botocore knows it). Per call only the call's arguments, the client context and
/// the builtIns are read, in the builder's order: about five dictionary lookups per parameter become one or two.
/// </summary>
internal sealed class EndpointParameterPlan
{
    private readonly Step[] _steps;

    /// <summary>The plan for <paramref name="definitions"/> (the rule set's) over <paramref name="operation"/>'s <paramref name="sources"/>.</summary>
    public EndpointParameterPlan(Models.OperationModel operation, IReadOnlyList<EndpointParameterDefinition> definitions, EndpointParameterSources sources)
    {
        Operation = operation;
        _steps = new Step[definitions.Count];
        for (var i = 0; i < _steps.Length; i++)
        {
            var name = definitions[i].Name;
            var builtIn = definitions[i].BuiltIn;
            _steps[i] = new Step(
                name,
                sources.StaticContextParams.TryGetValue(name, out var staticValue) ? staticValue : null,
                sources.ContextParams.TryGetValue(name, out var member) ? member : null,
                sources.OperationContextParams.TryGetValue(name, out var path) ? path : null,
                sources.ClientContextParams.Contains(name) ? SnakeCase.Convert(name) : null,
                builtIn,
                builtIn is not null && EndpointBuiltIns.IsKnown(builtIn));
        }
    }

    /// <summary>The operation the plan was made for (a caller keeping its last plan compares it by reference).</summary>
    public Models.OperationModel Operation { get; }

    /// <summary>
    /// What <see cref="EndpointParameterBuilder.BuildInto"/> writes into <paramref name="result"/> for the definitions
    /// and sources this plan was made from: the same values, in the same order, the same error for an unknown builtIn.
    /// </summary>
    /// <param name="result">The empty dictionary to write the parameters into.</param>
    /// <param name="callArgs">The call's input parameters.</param>
    /// <param name="clientContext">The client's <c>client_context_params</c>, keyed by snake_case name.</param>
    /// <param name="builtIns">The builtIn values after <c>before-endpoint-resolution</c> handlers ran.</param>
    /// <param name="builtInsAreFixed">
    /// Whether <paramref name="builtIns"/> is a dictionary nothing changes after the client is made (the client's own,
    /// no handler's copy): its entries are then looked up once and kept with the plan.
    /// </param>
    /// <exception cref="UnknownEndpointResolutionBuiltInName">A parameter with no value names a builtIn botocore does not know.</exception>
    public void BuildInto(
        Dictionary<string, object?> result,
        IReadOnlyDictionary<string, object?>? callArgs,
        IReadOnlyDictionary<string, object?>? clientContext,
        IReadOnlyDictionary<string, object?>? builtIns,
        bool builtInsAreFixed)
    {
        var fixedValues = builtInsAreFixed && builtIns is not null ? FixedBuiltIns(builtIns) : null;
        for (var i = 0; i < _steps.Length; i++)
        {
            var step = _steps[i];
            var value = step.StaticValue ?? FromCall(step, callArgs, clientContext);
            if (value is null && step.BuiltIn is { } builtIn)
            {
                if (!step.BuiltInKnown)
                {
                    throw new UnknownEndpointResolutionBuiltInName(builtIn);
                }
                var supplied = fixedValues is not null ? fixedValues.Values[i]
                    : builtIns is not null && builtIns.TryGetValue(builtIn, out var found) ? found : null;
                // A factory (a deferred value such as the account id) is still asked on every call.
                value = supplied is Func<object?> factory ? factory() : supplied;
            }
            if (value is not null)
            {
                result[step.Name] = value;
            }
        }
    }

    // Each step's entry of a fixed builtIns dictionary (null when absent, which reads as no value), made once per
    // dictionary and published whole, so threads sharing the plan see either none or all of it.
    private BuiltInValues FixedBuiltIns(IReadOnlyDictionary<string, object?> builtIns)
    {
        var known = _fixedBuiltIns;
        if (known is not null && ReferenceEquals(known.Source, builtIns))
        {
            return known;
        }
        var values = new object?[_steps.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (_steps[i].BuiltIn is { } builtIn && builtIns.TryGetValue(builtIn, out var supplied))
            {
                values[i] = supplied;
            }
        }
        var made = new BuiltInValues(builtIns, values);
        _fixedBuiltIns = made;
        return made;
    }

    private volatile BuiltInValues? _fixedBuiltIns;

    private sealed record BuiltInValues(IReadOnlyDictionary<string, object?> Source, object?[] Values);

    // The builder's FromContext after its static value: the member, the JMESPath, then the client context.
    private static object? FromCall(Step step, IReadOnlyDictionary<string, object?>? callArgs, IReadOnlyDictionary<string, object?>? clientContext)
    {
        if (step.ContextMember is { } member && callArgs is not null && callArgs.TryGetValue(member, out var argument) && argument is not null)
        {
            return argument;
        }
        if (step.OperationContextPath is { } path && OperationContextSearch.Search(path, callArgs) is { } searched)
        {
            return searched;
        }
        if (step.ClientContextKey is { } key && clientContext is not null && clientContext.TryGetValue(key, out var clientValue))
        {
            return clientValue;
        }
        return null;
    }

    private sealed record Step(
        string Name, object? StaticValue, string? ContextMember, string? OperationContextPath, string? ClientContextKey,
        string? BuiltIn, bool BuiltInKnown);
}
