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

    private ClientMeta SessionMeta() => SessionPipeline?.Meta
        ?? throw new InvalidOperationException("This client was not created by Session.CreateClient and has no paginators or waiters.");
}
