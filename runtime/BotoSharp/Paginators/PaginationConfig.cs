namespace BotoSharp.Paginators;

/// <summary>botocore's <c>PaginationConfig</c>: how many items in total, how many per page, and where to resume.</summary>
public sealed record PaginationConfig
{
    /// <summary>The most items (of the first result key) to return across all pages; the rest is a resume token.</summary>
    public int? MaxItems { get; init; }

    /// <summary>Items per request, sent as the operation's <c>limit_key</c> (as a string when that member is a string).</summary>
    public int? PageSize { get; init; }

    /// <summary>A resume token from <see cref="PageIterator.ResumeToken"/> (or boto3's <c>resume_token</c>).</summary>
    public string? StartingToken { get; init; }
}
