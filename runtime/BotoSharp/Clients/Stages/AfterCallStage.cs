using BotoSharp.Events;

namespace BotoSharp.Clients.Stages;

/// <summary>botocore's <c>after-call</c>, emitted with the final response whether it came from the wire or a stub.</summary>
internal sealed class AfterCallStage : CallStage
{
    /// <inheritdoc />
    public override bool HandlesResponse => true;

    /// <inheritdoc />
    public override ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        if (call.Plan.Events.Has(CallEvent.AfterCall) && !DirectRows.TryAfterCall(call))
        {
            call.Plan.Events.Emit(CallEvent.AfterCall, new EmitArguments(4)
            {
                ["http_response"] = call.Response,
                ["parsed"] = call.Parsed,
                ["model"] = call.Operation,
                ["context"] = call.Context,
            });
        }
        // Nothing after this stage reads the body: the error stage looks at the status only.
        PooledResponseBody.ReturnAfterUse(call);
        return ValueTask.CompletedTask;
    }
}
