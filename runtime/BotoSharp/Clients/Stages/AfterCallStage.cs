using BotoSharp.Clients.Customizations;
using BotoSharp.Events;

namespace BotoSharp.Clients.Stages;

/// <summary>botocore's <c>after-call</c>, emitted with the final response whether it came from the wire or a stub.</summary>
internal sealed class AfterCallStage : CallStage
{
    private readonly IEventHooks _events;
    private readonly string _eventServiceId;

    public AfterCallStage(IEventHooks events, string eventServiceId)
    {
        _events = events;
        _eventServiceId = eventServiceId;
    }

    /// <inheritdoc />
    public override bool HandlesResponse => true;

    /// <inheritdoc />
    public override ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        if (call.Response!.StatusCode < 300)
        {
            // HANDLER ROW: botocore's after-call S3 list-objects key decoding; the handler-rows work replaces this call.
            S3ListObjectsEncoding.AfterCall(_eventServiceId, call.Operation.Name, call.Parsed!, call.Context);
        }
        if (_events.HasHandlers(call.Plan.AfterCall))
        {
            _events.Emit(call.Plan.AfterCall, new Dictionary<string, object?>
            {
                ["http_response"] = call.Response,
                ["parsed"] = call.Parsed,
                ["model"] = call.Operation,
                ["context"] = call.Context,
            });
        }
        return ValueTask.CompletedTask;
    }
}
