using BotoSharp.Clients;

namespace BotoSharp;

/// <summary>
/// The seam between a generated client and the runtime's call path (endpoint → serialize → sign → send → parse).
/// Session.CreateClient supplies the real pipeline; tests supply a recording fake. It sits beside
/// <see cref="BaseClient"/>, which takes it, so that a compiled model's client factory (Loading) need not reach
/// into the call path's folder (Clients), which itself loads models.
/// </summary>
public interface IClientPipeline
{
    /// <summary>Runs one operation and returns its typed output, or throws the generated exception for a modeled error.</summary>
    Task<TResponse> InvokeAsync<TResponse>(OperationMetadata operation, IRequestShape request, CancellationToken cancellationToken)
        where TResponse : IResponseShape<TResponse>;
}
