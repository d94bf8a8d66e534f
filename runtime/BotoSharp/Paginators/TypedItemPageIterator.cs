using System.Runtime.CompilerServices;
using BotoSharp.Clients;

namespace BotoSharp.Paginators;

/// <summary>
/// The typed pages of a paginator whose primary result key is a plain member (S3 ListObjectsV2's <c>Contents</c>,
/// DynamoDB Scan's <c>Items</c>, ...), which also stream that key's elements across pages:
/// <c>await foreach (var item in pages.Items)</c>. botocore counts MaxItems on the primary result key, and the items
/// are the pages' own (truncated) lists, so MaxItems bounds exactly them and resume tokens are botocore's.
/// </summary>
/// <typeparam name="TPage">The operation's generated output type.</typeparam>
/// <typeparam name="TItem">The element type of the primary result key's list.</typeparam>
public sealed class PageIterator<TPage, TItem> : PageIterator<TPage>
    where TPage : IResponseShape<TPage>
{
    private readonly Func<TPage, IEnumerable<TItem>?> _items;

    /// <summary>Wraps <paramref name="pages"/>; <paramref name="items"/> reads the primary result key's list from a page.</summary>
    public PageIterator(PageIterator pages, Func<TPage, IEnumerable<TItem>?> items)
        : base(pages)
    {
        _items = items ?? throw new ArgumentNullException(nameof(items));
    }

    private PageIterator(PageSource<TPage> source, Func<TPage, IEnumerable<TItem>?> items)
        : base(source)
    {
        _items = items;
    }

    internal static PageIterator<TPage, TItem> Over(PageSource<TPage> source, Func<TPage, IEnumerable<TItem>?> items) => new(source, items);

    /// <summary>The primary result key's elements of every page, in order, fetched page by page as they are enumerated.</summary>
    public IAsyncEnumerable<TItem> Items => EnumerateItemsAsync();

    private async IAsyncEnumerable<TItem> EnumerateItemsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in this.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in _items(page) ?? [])
            {
                yield return item;
            }
        }
    }
}
