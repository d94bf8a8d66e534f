using BotoSharp.Endpoints.Library;
using BotoSharp.Errors;

namespace BotoSharp.Endpoints;

/// <summary>
/// Builds the parameter set for <see cref="EndpointProvider.ResolveEndpoint"/> the way botocore's
/// <c>EndpointRulesetResolver</c> does. For each rule-set parameter, the first non-null of: the operation's
/// static context value → the call argument named by <c>contextParam</c> → the operation's JMESPath
/// (<c>operationContextParams</c>) → the client context value → the builtIn (a value, or a
/// <see cref="Func{TResult}"/> evaluated only when needed). Null results are left out, so the rule set's
/// default applies.
/// </summary>
public static class EndpointParameterBuilder
{
    /// <summary>Builds the parameters, in the rule set's parameter order.</summary>
    /// <param name="definitions">The rule set's parameters (<see cref="EndpointProvider.Parameters"/>).</param>
    /// <param name="sources">The operation's and service's parameter sources.</param>
    /// <param name="callArgs">The call's input parameters (botocore-shaped values).</param>
    /// <param name="clientContext">
    /// The client's <c>client_context_params</c>, keyed by snake_case name (for s3/s3control, the effective
    /// s3 config already merged in by the caller).
    /// </param>
    /// <param name="builtIns">
    /// Values keyed by <see cref="EndpointBuiltIns"/> names, after <c>before-endpoint-resolution</c> handlers ran.
    /// </param>
    /// <exception cref="UnknownEndpointResolutionBuiltInName">A parameter names a builtIn botocore does not know.</exception>
    public static Dictionary<string, object?> Build(
        IReadOnlyList<EndpointParameterDefinition> definitions,
        EndpointParameterSources sources,
        IReadOnlyDictionary<string, object?>? callArgs,
        IReadOnlyDictionary<string, object?>? clientContext,
        IReadOnlyDictionary<string, object?>? builtIns)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(sources);
        var result = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        BuildInto(result, definitions, sources, callArgs, clientContext, builtIns);
        return result;
    }

    /// <summary>
    /// <see cref="Build"/> into <paramref name="result"/>, an empty dictionary (the call path's per-thread one: a
    /// dictionary cleared before its first add enumerates in insertion order, as a new one does).
    /// </summary>
    internal static void BuildInto(
        Dictionary<string, object?> result,
        IReadOnlyList<EndpointParameterDefinition> definitions,
        EndpointParameterSources sources,
        IReadOnlyDictionary<string, object?>? callArgs,
        IReadOnlyDictionary<string, object?>? clientContext,
        IReadOnlyDictionary<string, object?>? builtIns)
    {
        // By index: a foreach over the interface boxed the list's enumerator on every call.
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            var value = FromContext(definition.Name, sources, callArgs, clientContext);
            if (value is null && definition.BuiltIn is { } builtIn)
            {
                if (!EndpointBuiltIns.IsKnown(builtIn))
                {
                    throw new UnknownEndpointResolutionBuiltInName(builtIn);
                }
                if (builtIns is not null && builtIns.TryGetValue(builtIn, out var supplied))
                {
                    value = supplied is Func<object?> factory ? factory() : supplied;
                }
            }
            if (value is not null)
            {
                result[definition.Name] = value;
            }
        }
    }

    /// <summary>
    /// botocore's final URL rule: with <c>use_ssl</c> off, an <c>https://</c> result becomes <c>http://</c> unless
    /// the parameters carry an explicit <c>Endpoint</c>.
    /// </summary>
    public static string ApplyUseSsl(string url, bool useSsl, IReadOnlyDictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(parameters);
        if (!useSsl && url.StartsWith("https://", StringComparison.Ordinal) && !parameters.ContainsKey("Endpoint"))
        {
            return "http://" + url[8..];
        }
        return url;
    }

    /// <summary>The headers botocore sends: the first value of each header the rule set listed.</summary>
    public static Dictionary<string, string> FirstHeaderValues(ResolvedEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var headers = new Dictionary<string, string>(endpoint.Headers.Count, StringComparer.Ordinal);
        foreach (var (name, values) in endpoint.Headers)
        {
            if (values.Count > 0)
            {
                headers[name] = values[0];
            }
        }
        return headers;
    }

    private static object? FromContext(
        string name, EndpointParameterSources sources, IReadOnlyDictionary<string, object?>? callArgs,
        IReadOnlyDictionary<string, object?>? clientContext)
    {
        if (sources.StaticContextParams.TryGetValue(name, out var staticValue) && staticValue is not null)
        {
            return staticValue;
        }
        if (sources.ContextParams.TryGetValue(name, out var member) && callArgs is not null
            && callArgs.TryGetValue(member, out var argument) && argument is not null)
        {
            return argument;
        }
        if (sources.OperationContextParams.TryGetValue(name, out var path))
        {
            var searched = OperationContextSearch.Search(path, callArgs);
            if (searched is not null)
            {
                return searched;
            }
        }
        if (clientContext is not null && sources.ClientContextParams.Contains(name)
            && clientContext.TryGetValue(SnakeCase.Convert(name), out var clientValue))
        {
            return clientValue;
        }
        return null;
    }
}
