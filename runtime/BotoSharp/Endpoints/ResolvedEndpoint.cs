namespace BotoSharp.Endpoints;

/// <summary>
/// What a rule set resolves to (botocore's <c>RuleSetEndpoint</c>): the URL, headers with every value the rule
/// listed, and properties such as <c>authSchemes</c> (a <c>List&lt;object?&gt;</c> of
/// <c>Dictionary&lt;string, object?&gt;</c>). Results are cached and shared: treat them as read-only.
/// </summary>
public sealed class ResolvedEndpoint
{
    internal static readonly IReadOnlyDictionary<string, object?> EmptyProperties =
        new Dictionary<string, object?>(StringComparer.Ordinal);

    internal static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> EmptyHeaders =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Creates an endpoint.</summary>
    public ResolvedEndpoint(
        string url,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null,
        IReadOnlyDictionary<string, object?>? properties = null)
    {
        Url = url;
        Headers = headers ?? EmptyHeaders;
        Properties = properties ?? EmptyProperties;
    }

    /// <summary>The endpoint URL, e.g. <c>https://s3.us-west-2.amazonaws.com</c>.</summary>
    public string Url { get; }

    /// <summary>Headers to send; botocore sends the first value of each.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>Endpoint properties, e.g. <c>authSchemes</c>, <c>backend</c>.</summary>
    public IReadOnlyDictionary<string, object?> Properties { get; }

    /// <summary>The <c>authSchemes</c> property as a list of maps, or an empty list when absent.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> AuthSchemes
    {
        get
        {
            if (!Properties.TryGetValue("authSchemes", out var value) || value is not System.Collections.IEnumerable items)
            {
                return Array.Empty<IReadOnlyDictionary<string, object?>>();
            }
            var result = new List<IReadOnlyDictionary<string, object?>>();
            foreach (var item in items)
            {
                if (item is IReadOnlyDictionary<string, object?> scheme)
                {
                    result.Add(scheme);
                }
            }
            return result;
        }
    }
}
