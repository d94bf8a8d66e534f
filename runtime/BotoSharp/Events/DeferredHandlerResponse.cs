namespace BotoSharp.Events;

/// <summary>
/// A handler's answer that needs I/O to finish (botocore's handler would block on a nested call, e.g. the S3 region
/// redirector's <c>HeadBucket</c> probe). The stage that emitted the event awaits it in the handler's place, so the
/// answer still counts in handler order; no thread blocks.
/// </summary>
internal sealed class DeferredHandlerResponse
{
    private readonly Func<CancellationToken, Task<object?>> _resolve;

    /// <summary>Wraps the asynchronous rest of a handler.</summary>
    public DeferredHandlerResponse(Func<CancellationToken, Task<object?>> resolve) => _resolve = resolve;

    /// <summary>Runs the rest of the handler and returns what the handler would have returned.</summary>
    public Task<object?> ResolveAsync(CancellationToken cancellationToken) => _resolve(cancellationToken);
}
