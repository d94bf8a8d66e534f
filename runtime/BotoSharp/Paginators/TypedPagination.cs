using System.Text.Json.Nodes;

namespace BotoSharp.Paginators;

/// <summary>
/// A paginator compiled by the generator to member access on the typed shapes, for paginators whose expressions
/// (<c>input_token</c>, <c>output_token</c>, <c>result_key</c>, <c>limit_key</c>, <c>more_results</c>,
/// <c>non_aggregate_keys</c>) are all plain member paths. Built once per operation (static data of the generated
/// paginators class); the typed page iterator runs botocore's <c>PageIterator</c> rules through it without
/// dictionaries or JMESPath. The plan keeps its source expressions so the runtime uses it only while the loaded
/// paginator configuration is the one it was compiled from.
/// </summary>
/// <typeparam name="TRequest">The operation's generated input type.</typeparam>
/// <typeparam name="TPage">The operation's generated output type.</typeparam>
public sealed class TypedPagination<TRequest, TPage>
{
    /// <summary>Creates a plan from generated accessors.</summary>
    /// <param name="copy">A member-wise copy of a request, so paging never changes the caller's request.</param>
    /// <param name="tokens">The input/output token pairs, in the model's order.</param>
    /// <param name="resultKeys">The result keys, the primary (the one MaxItems counts) first.</param>
    public TypedPagination(Func<TRequest, TRequest> copy, IReadOnlyList<TypedPaginationToken<TRequest, TPage>> tokens,
        IReadOnlyList<TypedResultKey<TPage>> resultKeys)
    {
        Copy = copy ?? throw new ArgumentNullException(nameof(copy));
        Tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        ResultKeys = resultKeys ?? throw new ArgumentNullException(nameof(resultKeys));
        if (tokens.Count == 0 || resultKeys.Count == 0)
        {
            throw new ArgumentException("A typed pagination plan needs at least one token and one result key.");
        }
        InputTokens = tokens.Select(t => t.InputName).ToArray();
    }

    /// <summary>Copies a request member-wise.</summary>
    public Func<TRequest, TRequest> Copy { get; }

    /// <summary>The token pairs.</summary>
    public IReadOnlyList<TypedPaginationToken<TRequest, TPage>> Tokens { get; }

    /// <summary>The result keys, the primary first.</summary>
    public IReadOnlyList<TypedResultKey<TPage>> ResultKeys { get; }

    /// <summary>The input token names, in order.</summary>
    public IReadOnlyList<string> InputTokens { get; }

    /// <summary>botocore's <c>limit_key</c>, or null.</summary>
    public string? LimitKey { get; init; }

    /// <summary>Sets the page size on a request (converted to the limit member's type, a string where botocore sends one).</summary>
    public Action<TRequest, int>? SetLimit { get; init; }

    /// <summary>botocore's <c>more_results</c> path, or null.</summary>
    public string? MoreResults { get; init; }

    /// <summary>Reads <see cref="MoreResults"/> from a page in the runtime value convention (its truthiness decides).</summary>
    public Func<TPage, object?>? ReadMoreResults { get; init; }

    /// <summary>botocore's <c>non_aggregate_keys</c> paths.</summary>
    public IReadOnlyList<string> NonAggregateKeys { get; init; } = Array.Empty<string>();

    /// <summary>Copies the non-aggregate members from the first page (first argument) into a full result (second).</summary>
    public Action<TPage, TPage>? CopyNonAggregateKeys { get; init; }

    /// <summary>
    /// Sets the output's <c>NextToken</c> member, where it has one, to the resume token of a full result: botocore adds
    /// a <c>NextToken</c> key to <c>build_full_result</c>, which the dictionary path's <c>FromParsed</c> reads.
    /// </summary>
    public Action<TPage, string>? SetNextToken { get; init; }

    /// <summary>Whether <paramref name="config"/> (the loaded paginators-1 entry) is the configuration this plan was compiled from.</summary>
    internal bool Matches(JsonObject config) =>
        Same(config["input_token"], InputTokens)
        && Same(config["output_token"], Tokens.Select(t => t.OutputPath).ToArray())
        && Same(config["result_key"], ResultKeys.Select(k => k.Path).ToArray())
        && Same(config["non_aggregate_keys"], NonAggregateKeys)
        && Text(config["limit_key"]) == LimitKey
        && Text(config["more_results"]) == MoreResults;

    private static bool Same(JsonNode? node, IReadOnlyList<string> expected) => node switch
    {
        null => expected.Count == 0,
        JsonArray array => array.Count == expected.Count && array.Select(Text).SequenceEqual(expected),
        _ => expected.Count == 1 && Text(node) == expected[0],
    };

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
