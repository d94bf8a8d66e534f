using BotoSharp.Events;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// botocore's <c>_emit_api_params</c>: <c>provide-client-params</c> (a handler may answer with new parameters), then
/// <c>before-parameter-build</c> (handlers change the parameters in place).
/// </summary>
internal sealed class ClientParamsStage : CallStage
{
    private readonly IEventHooks _events;

    // Idempotency tokens, the checksum validation mode, S3's model rewrites and list encoding are builtin handler
    // rows on before-parameter-build (Customizations/), so includeBuiltinHandlers: false leaves them out as botocore does.
    public ClientParamsStage(IEventHooks events)
    {
        _events = events;
    }

    /// <inheritdoc />
    public override ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        var plan = call.Plan;
        if (_events.HasHandlers(plan.ProvideClientParams)
            && HierarchicalEmitter.FirstNonNullResponse(_events.Emit(plan.ProvideClientParams, new Dictionary<string, object?>
            {
                ["params"] = call.Parameters,
                ["model"] = call.Operation,
                ["context"] = call.Context,
            })) is Dictionary<string, object?> replaced)
        {
            call.Parameters = replaced;
        }
        if (_events.HasHandlers(plan.BeforeParameterBuild))
        {
            _events.Emit(plan.BeforeParameterBuild, new Dictionary<string, object?>
            {
                ["params"] = call.Parameters,
                ["model"] = call.Operation,
                ["context"] = call.Context,
            });
        }
        return ValueTask.CompletedTask;
    }
}
