namespace BotoSharp.Generator.Parse;

/// <summary>
/// A paginator of paginators-1.json: its operation and, when its primary (first) <c>result_key</c> is a plain member
/// name (no JMESPath beyond a name), that member, whose list elements become the paginator's typed items. botocore
/// counts MaxItems on the primary result key, so the items are exactly what MaxItems bounds.
/// </summary>
internal sealed record RawPaginatorRef(RawRef Operation, string? PrimaryResultKey);
