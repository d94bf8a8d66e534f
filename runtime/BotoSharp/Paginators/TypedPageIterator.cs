using BotoSharp.Clients;

namespace BotoSharp.Paginators;

/// <summary>
/// The typed view of botocore's <c>PageIterator</c> that generated paginators return
/// (<c>s3.Paginators.ListObjectsV2(request, config)</c>): each page is the operation's generated output. Where the
/// generator compiled the paginator to member access (<see cref="UsesTypedPlan"/>), each page is a typed call and the
/// tokens and result keys are read from the typed page; otherwise the runtime <see cref="PageIterator"/> runs it on
/// dictionaries and each page goes through <c>FromParsed</c>. Either way tokens, MaxItems truncation and resume
/// tokens are botocore's.
/// </summary>
/// <typeparam name="TPage">The operation's generated output type.</typeparam>
public class PageIterator<TPage> : IAsyncEnumerable<TPage>
    where TPage : IResponseShape<TPage>
{
    private readonly PageSource<TPage> _source;

    /// <summary>Wraps the dictionary page iterator <paramref name="pages"/>.</summary>
    public PageIterator(PageIterator pages)
    {
        _source = new DictionaryPageSource<TPage>(pages ?? throw new ArgumentNullException(nameof(pages)));
    }

    private protected PageIterator(PageSource<TPage> source)
    {
        _source = source;
    }

    internal static PageIterator<TPage> Over(PageSource<TPage> source) => new(source);

    /// <summary>
    /// The botocore-shaped pages of the same paginate call, for dictionary access. On the typed plan they are a separate
    /// run of the dictionary paginator (made on first use), with its own <see cref="PageIterator.ResumeToken"/>.
    /// </summary>
    public PageIterator Pages => _source.Pages;

    /// <summary>Whether the pages are read by generated member access (true) or through the dictionary paginator (false).</summary>
    public bool UsesTypedPlan => _source.UsesTypedPlan;

    /// <summary>botocore's <c>resume_token</c>: set once MaxItems stopped the pages early, else null.</summary>
    public string? ResumeToken => _source.ResumeToken;

    /// <inheritdoc />
    public IAsyncEnumerator<TPage> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        _source.EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

    /// <summary>
    /// botocore's <c>build_full_result</c> as the output type: the result keys aggregated over every page, the first
    /// page's non-aggregate keys, and, when MaxItems stopped early, the resume token in the output's <c>NextToken</c>
    /// member where it has one (botocore's <c>NextToken</c> key); it is always <see cref="ResumeToken"/>.
    /// </summary>
    public Task<TPage> BuildFullResultAsync(CancellationToken cancellationToken = default) =>
        _source.BuildFullResultAsync(cancellationToken);

    /// <summary>
    /// botocore's <c>search</c>: a JMESPath <paramref name="expression"/> over each page, list results flattened. It runs
    /// on the botocore-shaped pages (<see cref="Pages"/>), so on the typed plan it is a dictionary run of the paginator.
    /// </summary>
    /// <returns>The matching values in the runtime value convention (dictionaries, lists, strings, numbers).</returns>
    public IAsyncEnumerable<object?> Search(string expression, CancellationToken cancellationToken = default) =>
        _source.Pages.Search(expression, cancellationToken);
}
