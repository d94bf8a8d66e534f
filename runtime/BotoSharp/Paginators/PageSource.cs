using BotoSharp.Clients;

namespace BotoSharp.Paginators;

/// <summary>Where a <see cref="PageIterator{TPage}"/> gets its pages: the dictionary paginator or a typed plan.</summary>
/// <typeparam name="TPage">The operation's generated output type.</typeparam>
internal abstract class PageSource<TPage>
    where TPage : IResponseShape<TPage>
{
    /// <summary>Whether the pages are read through a generated <see cref="TypedPagination{TRequest, TPage}"/>.</summary>
    public abstract bool UsesTypedPlan { get; }

    /// <summary>botocore's <c>resume_token</c> after the last enumeration.</summary>
    public abstract string? ResumeToken { get; }

    /// <summary>The botocore-shaped pages of the same paginate call.</summary>
    public abstract PageIterator Pages { get; }

    /// <summary>Runs the pages once.</summary>
    public abstract IAsyncEnumerable<TPage> EnumerateAsync(CancellationToken cancellationToken);

    /// <summary>botocore's <c>build_full_result</c> as the output type.</summary>
    public abstract Task<TPage> BuildFullResultAsync(CancellationToken cancellationToken);
}

/// <summary>Pages from the dictionary paginator (runtime JMESPath), each turned into the output type by <c>FromParsed</c>.</summary>
internal sealed class DictionaryPageSource<TPage>(PageIterator pages) : PageSource<TPage>
    where TPage : IResponseShape<TPage>
{
    public override bool UsesTypedPlan => false;

    public override string? ResumeToken => pages.ResumeToken;

    public override PageIterator Pages => pages;

    public override async IAsyncEnumerable<TPage> EnumerateAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return TPage.FromParsed(page);
        }
    }

    public override async Task<TPage> BuildFullResultAsync(CancellationToken cancellationToken) =>
        TPage.FromParsed(await pages.BuildFullResultAsync(cancellationToken).ConfigureAwait(false));
}
