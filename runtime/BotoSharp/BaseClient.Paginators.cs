using BotoSharp.Clients;
using BotoSharp.Errors;
using BotoSharp.Paginators;

namespace BotoSharp;

/// <summary>botocore's <c>can_paginate</c> and <c>get_paginator</c>.</summary>
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

    private ClientMeta SessionMeta() => SessionPipeline?.Meta
        ?? throw new InvalidOperationException("This client was not created by Session.CreateClient and has no paginators or waiters.");
}
