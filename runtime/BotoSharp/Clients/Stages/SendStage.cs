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
    private readonly bool _ownTransport;

    public SendStage(IHttpTransport transport, AdaptiveRateLimiter? rateLimiter)
    {
        _transport = transport;
        _rateLimiter = rateLimiter;
        _ownTransport = IsOwn(transport);
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
        call.ResponseIsOwn = false;
        if (stubbed is AwsResponse answered)
        {
            call.Response = answered;
            return;
        }
        call.Response = _transport is IAttemptSender own
            ? await own.SendAttemptAsync(request, cancellationToken).ConfigureAwait(false)
            : await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        call.ResponseIsOwn = _ownTransport;
    }

    // BotoSharp's transport (sealed), alone or under the telemetry wrapper, makes a new response for every attempt.
    private static bool IsOwn(IHttpTransport transport) =>
        transport is HttpTransport || (transport is Telemetry.InstrumentedTransport instrumented && IsOwn(instrumented.Inner));
}
