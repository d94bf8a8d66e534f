using BotoSharp.Clients;

namespace BotoSharp;

/// <summary>
/// The base of every client, generated or dynamic, as botocore's <c>BaseClient</c>. Generated operation methods call
/// <see cref="InvokeAsync{TResponse}"/>, the one entry point into the runtime's call path.
/// </summary>
public abstract partial class BaseClient : IDisposable, IAsyncDisposable
{
    private readonly IClientPipeline? _pipeline;
    private bool _disposed;

    /// <summary>For mocking frameworks: a client with no pipeline, whose virtual operations are overridden.</summary>
    protected BaseClient()
    {
    }

    /// <summary>Creates a client that sends its operations through <paramref name="pipeline"/>.</summary>
    protected BaseClient(IClientPipeline pipeline)
    {
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
    }

    /// <summary>
    /// botocore's <c>client.meta</c>: the service model, region, endpoint URL, final configuration, the client's own
    /// event emitter and the partition.
    /// </summary>
    /// <exception cref="InvalidOperationException">The client was created for mocking or over a test pipeline.</exception>
    public ClientMeta Meta => (_pipeline as ClientPipeline)?.Meta
        ?? throw new InvalidOperationException("This client was not created by Session.CreateClient and has no meta.");

    /// <summary>
    /// botocore's <c>generate_presigned_url</c>: a URL that performs <paramref name="operationName"/> with
    /// <paramref name="parameters"/> for <paramref name="expiresIn"/> seconds without further credentials.
    /// S3 clients in regions whose endpoint data still lists SigV2 presign with SigV2 (<c>s3-query</c>) unless a
    /// signature version is configured, exactly as botocore.
    /// </summary>
    /// <param name="operationName">The model operation name, e.g. <c>GetObject</c>.</param>
    /// <param name="parameters">botocore-shaped parameters, e.g. <c>Bucket</c> and <c>Key</c>.</param>
    /// <param name="expiresIn">Seconds the URL stays valid.</param>
    /// <param name="httpMethod">Overrides the operation's HTTP method.</param>
    public string GeneratePresignedUrl(string operationName, IDictionary<string, object?>? parameters = null, int expiresIn = 3600, string? httpMethod = null) =>
        (_pipeline as ClientPipeline ?? throw new InvalidOperationException("This client was not created by Session.CreateClient."))
            .GeneratePresignedUrl(operationName, parameters, expiresIn, httpMethod);

    /// <summary>
    /// The typed form of <see cref="GeneratePresignedUrl(string, IDictionary{string, object?}?, int, string?)"/>: generated
    /// clients call it from their <c>GeneratePresignedUrl(TRequest, …)</c> overloads with the request's parameters.
    /// </summary>
    /// <param name="operation">The operation's static metadata (its <see cref="OperationMetadata.Name"/> is presigned).</param>
    /// <param name="request">The typed input.</param>
    /// <param name="expiresIn">Seconds the URL stays valid.</param>
    /// <param name="httpMethod">Overrides the operation's HTTP method.</param>
    protected string GeneratePresignedUrl(OperationMetadata operation, IRequestShape request, int expiresIn, string? httpMethod)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(request);
        return GeneratePresignedUrl(operation.Name, request.ToParameters(), expiresIn, httpMethod);
    }

    /// <summary>The pipeline <see cref="Session.CreateClient(string, string?, string?, bool, object?, string?, string?, string?, string?, Configuration.ClientConfig?, string?)"/> built, or null for a mock or test pipeline.</summary>
    internal ClientPipeline? SessionPipeline => _pipeline as ClientPipeline;

    /// <summary>The call path this client sends through.</summary>
    protected IClientPipeline Pipeline =>
        _pipeline ?? throw new InvalidOperationException("This client was created for mocking and has no pipeline; override the operation you call.");

    /// <summary>Releases the client's connections (its transport); a caller-supplied <see cref="HttpClient"/> stays open.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>As <see cref="Dispose()"/>; nothing in the transport needs asynchronous clean-up.</summary>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Disposes the pipeline when <paramref name="disposing"/>; derived clients add their own clean-up here.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            (_pipeline as IDisposable)?.Dispose();
        }
    }

    /// <summary>Runs <paramref name="operation"/> with <paramref name="request"/> and returns its typed output.</summary>
    /// <typeparam name="TResponse">The generated output type.</typeparam>
    /// <param name="operation">The operation's static metadata.</param>
    /// <param name="request">The typed input.</param>
    /// <param name="cancellationToken">Cancels the call, including any retry wait.</param>
    public Task<TResponse> InvokeAsync<TResponse>(OperationMetadata operation, IRequestShape request, CancellationToken cancellationToken)
        where TResponse : IResponseShape<TResponse>
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Pipeline.InvokeAsync<TResponse>(operation, request, cancellationToken);
    }
}
