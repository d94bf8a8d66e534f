using System.Runtime.CompilerServices;
using BotoSharp.Clients;

namespace BotoSharp.Paginators;

/// <summary>
/// The typed view of botocore's <c>PageIterator</c> that generated paginators return
/// (<c>s3.Paginators.ListObjectsV2(request, config)</c>): each page is the operation's generated output. Tokens,
/// MaxItems truncation and resume tokens are the runtime <see cref="PageIterator"/>'s, so they are botocore's exactly.
/// </summary>
/// <typeparam name="TPage">The operation's generated output type.</typeparam>
public class PageIterator<TPage> : IAsyncEnumerable<TPage>
    where TPage : IResponseShape<TPage>
{
    private readonly PageIterator _pages;

    /// <summary>Wraps the dictionary page iterator <paramref name="pages"/>.</summary>
    public PageIterator(PageIterator pages)
    {
        _pages = pages ?? throw new ArgumentNullException(nameof(pages));
    }

    /// <summary>The botocore-shaped pages underneath, for <c>Search</c> expressions and dictionary access.</summary>
    public PageIterator Pages => _pages;

    /// <summary>botocore's <c>resume_token</c>: set once MaxItems stopped the pages early, else null.</summary>
    public string? ResumeToken => _pages.ResumeToken;

    /// <inheritdoc />
    public async IAsyncEnumerator<TPage> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in _pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return TPage.FromParsed(page);
        }
    }

    /// <summary>
    /// botocore's <c>build_full_result</c> as the output type: the result keys aggregated over every page. When MaxItems
    /// stopped early, the token to resume from is <see cref="ResumeToken"/> (botocore's <c>NextToken</c> key).
    /// </summary>
    public async Task<TPage> BuildFullResultAsync(CancellationToken cancellationToken = default) =>
        TPage.FromParsed(await _pages.BuildFullResultAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>botocore's <c>search</c>: a JMESPath <paramref name="expression"/> over each page, list results flattened.</summary>
    /// <returns>The matching values in the runtime value convention (dictionaries, lists, strings, numbers).</returns>
    public IAsyncEnumerable<object?> Search(string expression, CancellationToken cancellationToken = default) =>
        _pages.Search(expression, cancellationToken);
}
