using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Parse;

/// <summary>
/// A paginator of paginators-1.json: its operation, its configuration (null when an entry is not a string or list of
/// strings) and, when its primary (first) <c>result_key</c> is a plain member name (no JMESPath beyond a name), that
/// member, whose list elements become the paginator's typed items. botocore counts MaxItems on the primary result key,
/// so the items are exactly what MaxItems bounds.
/// </summary>
internal sealed record RawPaginatorRef(RawRef Operation, string? PrimaryResultKey, RawPaginatorConfig? Config);

/// <summary>A paginator's expressions as written in paginators-1.json (single strings read as one-element lists).</summary>
internal sealed record RawPaginatorConfig(
    EquatableArray<string> InputTokens,
    EquatableArray<string> OutputTokens,
    EquatableArray<string> ResultKeys,
    string? LimitKey,
    string? MoreResults,
    EquatableArray<string> NonAggregateKeys);
