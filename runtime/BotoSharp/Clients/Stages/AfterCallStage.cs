using BotoSharp.Events;

namespace BotoSharp.Clients.Stages;

/// <summary>botocore's <c>after-call</c>, emitted with the final response whether it came from the wire or a stub.</summary>
internal sealed class AfterCallStage : CallStage
{
    private readonly IEventHooks _events;

    public AfterCallStage(IEventHooks events)
    {
        _events = events;
    }

    /// <inheritdoc />
    public override bool HandlesResponse => true;

    /// <inheritdoc />
    public override ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        if (_events.HasHandlers(call.Plan.AfterCall))
        {
            _events.Emit(call.Plan.AfterCall, new EmitArguments(4)
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
