using BotoSharp.Clients;
using BotoSharp.Errors;
using BotoSharp.Paginators;

namespace BotoSharp;

/// <summary>botocore's <c>can_paginate</c>, <c>get_paginator</c>, <c>waiter_names</c> and <c>get_waiter</c>.</summary>
public abstract partial class BaseClient
{
    /// <summary>Whether <paramref name="operationName"/> (the model name, e.g. <c>ListObjectsV2</c>) has a paginator.</summary>
    public bool CanPaginate(string operationName)
    {
        ArgumentNullException.ThrowIfNull(operationName);
        return SessionMeta().Paginators.Value?.HasPaginator(operationName) ?? false;
    }

    /// <summary>A paginator for <paramref name="operationName"/>, calling the operation through this client.</summary>
    /// <exception cref="OperationNotPageableError">The operation has no paginator.</exception>
    public Paginator GetPaginator(string operationName)
    {
        if (!CanPaginate(operationName))
        {
            throw new OperationNotPageableError(operationName);
        }
        var pipeline = SessionPipeline!;
        var operation = pipeline.Meta.ServiceModel.OperationModel(operationName);
        return new Paginator((parameters, ct) => pipeline.ExecuteAsync(operation, parameters, ct),
            pipeline.Meta.Paginators.Value!.GetPaginator(operationName), operation);
    }

    /// <summary>botocore's <c>waiter_names</c>: the service's waiters, sorted.</summary>
    public IReadOnlyList<string> WaiterNames => SessionMeta().Waiters.Value?.WaiterNames ?? Array.Empty<string>();

    /// <summary>A waiter by its model name (e.g. <c>BucketExists</c>), polling through this client.</summary>
    /// <param name="waiterName">The waiter's name as in waiters-2.</param>
    /// <param name="timeProvider">The clock the delays go through (the system clock by default).</param>
    /// <exception cref="ArgumentException">The service has no such waiter (botocore's <c>ValueError</c>).</exception>
    public Waiters.Waiter GetWaiter(string waiterName, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(waiterName);
        var model = SessionMeta().Waiters.Value ?? throw new ArgumentException($"Waiter does not exist: {waiterName}", nameof(waiterName));
        var config = model.GetWaiter(waiterName);
        var pipeline = SessionPipeline!;
        var operation = pipeline.Meta.ServiceModel.OperationModel(config.Operation);
        return new Waiters.Waiter(waiterName, config, (parameters, ct) => pipeline.ExecuteAsync(operation, parameters, ct), timeProvider);
    }

    /// <summary>
    /// The typed pages of <paramref name="operationName"/> for <paramref name="request"/>: what generated paginators
    /// (<c>client.Paginators.ListObjectsV2(…)</c>) return.
    /// </summary>
    /// <typeparam name="TPage">The operation's generated output type.</typeparam>
    /// <param name="operationName">The model operation name.</param>
    /// <param name="request">The first page's input; null for an operation without input.</param>
    /// <param name="config">MaxItems, PageSize and StartingToken, as botocore's <c>PaginationConfig</c>.</param>
    /// <exception cref="OperationNotPageableError">The operation has no paginator.</exception>
    public PageIterator<TPage> Paginate<TPage>(string operationName, IRequestShape? request, PaginationConfig? config = null)
        where TPage : IResponseShape<TPage> =>
        new(GetPaginator(operationName).Paginate(request?.ToParameters(), config));

    /// <summary>
    /// The typed pages of <paramref name="operationName"/> that also stream the items of its primary result key, read
    /// from each page by <paramref name="items"/>: what generated paginators return where that key is a plain member.
    /// </summary>
    /// <typeparam name="TPage">The operation's generated output type.</typeparam>
    /// <typeparam name="TItem">The element type of the primary result key's list.</typeparam>
    /// <param name="operationName">The model operation name.</param>
    /// <param name="request">The first page's input; null for an operation without input.</param>
    /// <param name="items">Reads the primary result key's list from a page (generated member access).</param>
    /// <param name="config">MaxItems, PageSize and StartingToken, as botocore's <c>PaginationConfig</c>.</param>
    /// <exception cref="OperationNotPageableError">The operation has no paginator.</exception>
    public PageIterator<TPage, TItem> Paginate<TPage, TItem>(string operationName, IRequestShape? request, Func<TPage, IEnumerable<TItem>?> items, PaginationConfig? config = null)
        where TPage : IResponseShape<TPage> =>
        new(GetPaginator(operationName).Paginate(request?.ToParameters(), config), items);

    /// <summary>
    /// The typed pages of <paramref name="operationName"/> read through the generated <paramref name="plan"/>: each page
    /// is a typed call (<paramref name="call"/>, the generated operation method) and tokens and result keys are member
    /// access. The dictionary paginator runs instead when the loaded paginator configuration is not the one the plan
    /// was compiled from, or the starting token cannot be carried by the typed request exactly.
    /// </summary>
    /// <typeparam name="TRequest">The operation's generated input type.</typeparam>
    /// <typeparam name="TPage">The operation's generated output type.</typeparam>
    /// <param name="operationName">The model operation name.</param>
    /// <param name="request">The first page's input, copied so paging leaves it as it was.</param>
    /// <param name="plan">The generated pagination plan.</param>
    /// <param name="call">Performs the operation once, typed.</param>
    /// <param name="config">MaxItems, PageSize and StartingToken, as botocore's <c>PaginationConfig</c>.</param>
    /// <exception cref="OperationNotPageableError">The operation has no paginator.</exception>
    /// <exception cref="PaginationError">A page size was asked for but the operation has no limit key.</exception>
    public PageIterator<TPage> Paginate<TRequest, TPage>(string operationName, TRequest request, TypedPagination<TRequest, TPage> plan,
        Func<TRequest, CancellationToken, Task<TPage>> call, PaginationConfig? config = null)
        where TRequest : IRequestShape
        where TPage : IResponseShape<TPage> =>
        PageIterator<TPage>.Over(PageSourceFor(operationName, request, plan, call, config));

    /// <summary>
    /// As <see cref="Paginate{TRequest, TPage}(string, TRequest, TypedPagination{TRequest, TPage}, Func{TRequest, CancellationToken, Task{TPage}}, PaginationConfig?)"/>,
    /// also streaming the items of the primary result key, read from each page by <paramref name="items"/>.
    /// </summary>
    /// <typeparam name="TRequest">The operation's generated input type.</typeparam>
    /// <typeparam name="TPage">The operation's generated output type.</typeparam>
    /// <typeparam name="TItem">The element type of the primary result key's list.</typeparam>
    /// <param name="operationName">The model operation name.</param>
    /// <param name="request">The first page's input, copied so paging leaves it as it was.</param>
    /// <param name="plan">The generated pagination plan.</param>
    /// <param name="call">Performs the operation once, typed.</param>
    /// <param name="items">Reads the primary result key's list from a page (generated member access).</param>
    /// <param name="config">MaxItems, PageSize and StartingToken, as botocore's <c>PaginationConfig</c>.</param>
    /// <exception cref="OperationNotPageableError">The operation has no paginator.</exception>
    /// <exception cref="PaginationError">A page size was asked for but the operation has no limit key.</exception>
    public PageIterator<TPage, TItem> Paginate<TRequest, TPage, TItem>(string operationName, TRequest request, TypedPagination<TRequest, TPage> plan,
        Func<TRequest, CancellationToken, Task<TPage>> call, Func<TPage, IEnumerable<TItem>?> items, PaginationConfig? config = null)
        where TRequest : IRequestShape
        where TPage : IResponseShape<TPage> =>
        PageIterator<TPage, TItem>.Over(PageSourceFor(operationName, request, plan, call, config), items ?? throw new ArgumentNullException(nameof(items)));

    /// <summary>
    /// Polls with <paramref name="request"/> until the waiter <paramref name="waiterName"/> succeeds, its delays going
    /// through the client's <see cref="ClientMeta.TimeProvider"/>: what generated waiters
    /// (<c>client.Waiters.BucketExistsAsync(…)</c>) call.
    /// </summary>
    /// <param name="waiterName">The waiter's name as in waiters-2.</param>
    /// <param name="request">The operation's input; null for an operation without input.</param>
    /// <param name="config">Delay and MaxAttempts, as botocore's <c>WaiterConfig</c>.</param>
    /// <param name="cancellationToken">Stops the wait at once, including a delay.</param>
    /// <exception cref="WaiterError">A failure state, an unexpected service error, or too many attempts.</exception>
    public Task WaitAsync(string waiterName, IRequestShape? request, Waiters.WaiterConfig? config = null, CancellationToken cancellationToken = default) =>
        GetWaiter(waiterName, SessionMeta().TimeProvider).WaitAsync(request?.ToParameters(), config, cancellationToken);

    // The plan runs only while the loaded paginators-1 entry is the one it was compiled from (a data path may change it).
    private PageSource<TPage> PageSourceFor<TRequest, TPage>(string operationName, TRequest request, TypedPagination<TRequest, TPage> plan,
        Func<TRequest, CancellationToken, Task<TPage>> call, PaginationConfig? config)
        where TRequest : IRequestShape
        where TPage : IResponseShape<TPage>
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(call);
        if (!CanPaginate(operationName))
        {
            throw new OperationNotPageableError(operationName);
        }
        // botocore copies the kwargs at paginate(): later changes to the caller's request do not reach the pages.
        var snapshot = plan.Copy(request);
        PageIterator DictionaryPages() => GetPaginator(operationName).Paginate(snapshot.ToParameters(), config);
        if (!plan.Matches(SessionMeta().Paginators.Value!.GetPaginator(operationName)))
        {
            return new DictionaryPageSource<TPage>(DictionaryPages());
        }
        if (config?.PageSize is not null && plan.SetLimit is null)
        {
            throw new PaginationError("PageSize parameter is not supported for the pagination interface for this operation.");
        }
        return (PageSource<TPage>?)TypedPlanPages<TRequest, TPage>.TryCreate(plan, snapshot, call, config, DictionaryPages)
            ?? new DictionaryPageSource<TPage>(DictionaryPages());
    }

    private ClientMeta SessionMeta() => SessionPipeline?.Meta
        ?? throw new InvalidOperationException("This client was not created by Session.CreateClient and has no paginators or waiters.");
}
