using BotoSharp.Clients.Retries;
using BotoSharp.Events;
using BotoSharp.Http;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// botocore's <c>_do_get_response</c> up to the wire: <c>before-send</c> (a handler answering an
/// <see cref="AwsResponse"/> stands in for the network), else the adaptive rate limiter's token and the transport.
/// </summary>
internal sealed class SendStage : CallStage
{
    private readonly IHttpTransport _transport;
    private readonly AdaptiveRateLimiter? _rateLimiter;

    public SendStage(IHttpTransport transport, AdaptiveRateLimiter? rateLimiter)
    {
        _transport = transport;
        _rateLimiter = rateLimiter;
    }

    /// <inheritdoc />
    public override async ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        var request = call.AttemptRequest!;
        if (_rateLimiter is not null)
        {
            await _rateLimiter.OnSendingRequestAsync(cancellationToken).ConfigureAwait(false);
        }
        // botocore hands before-send the prepared request: Content-Length (or chunked) is already set.
        AwsRequestPreparer.PrepareHeaders(request);
        var stubbed = call.Plan.Events.Has(CallEvent.BeforeSend)
            ? HierarchicalEmitter.FirstNonNullResponse(call.Plan.Events.Emit(CallEvent.BeforeSend, new EmitArguments(1) { ["request"] = request }))
            : null;
        call.Response = stubbed as AwsResponse ?? await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
