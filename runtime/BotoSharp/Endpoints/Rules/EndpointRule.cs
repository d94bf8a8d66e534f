using BotoSharp.Endpoints.Library;

namespace BotoSharp.Endpoints.Rules;

/// <summary>A rule that yields an endpoint: URL, properties and headers, with templates filled in.</summary>
internal sealed class EndpointRule : Rule
{
    private readonly Expression _url;
    private readonly PropertyTemplate? _properties;
    private readonly KeyValuePair<string, Expression[]>[] _headers;

    /// <summary>Creates the endpoint rule.</summary>
    public EndpointRule(
        Expression[] conditions, Expression url, PropertyTemplate? properties, KeyValuePair<string, Expression[]>[] headers)
        : base(conditions)
    {
        _url = url;
        _properties = properties;
        _headers = headers;
    }

    /// <inheritdoc />
    public override ResolvedEndpoint? Evaluate(RuleScope scope)
    {
        if (!ConditionsHold(scope))
        {
            return null;
        }
        var url = _url.Evaluate(scope);
        var properties = _properties?.Resolve(scope) as IReadOnlyDictionary<string, object?> ?? ResolvedEndpoint.EmptyProperties;
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers = ResolvedEndpoint.EmptyHeaders;
        if (_headers.Length > 0)
        {
            var resolved = new Dictionary<string, IReadOnlyList<string>>(_headers.Length, StringComparer.Ordinal);
            foreach (var (name, values) in _headers)
            {
                var list = new string[values.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    var value = values[i].Evaluate(scope);
                    list[i] = value as string ?? PythonText.Str(value);
                }
                resolved[name] = list;
            }
            headers = resolved;
        }
        return new ResolvedEndpoint(url as string ?? PythonText.Str(url), headers, properties);
    }
}
