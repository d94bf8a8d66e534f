namespace BotoSharp.Clients;

/// <summary>
/// The seam between a generated client and the runtime's call path (endpoint → serialize → sign → send → parse).
/// Session.CreateClient supplies the real pipeline; tests supply a recording fake.
/// </summary>
public interface IClientPipeline
{
    /// <summary>Runs one operation and returns its typed output, or throws the generated exception for a modeled error.</summary>
    Task<TResponse> InvokeAsync<TResponse>(OperationMetadata operation, IRequestShape request, CancellationToken cancellationToken)
        where TResponse : IResponseShape<TResponse>;
}
