using BotoSharp.Clients.Customizations;
using BotoSharp.Events;
using BotoSharp.Http.Checksums;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// botocore's <c>_emit_api_params</c>: <c>provide-client-params</c> (a handler may answer with new parameters), then
/// <c>before-parameter-build</c> (handlers change the parameters in place).
/// </summary>
internal sealed class ClientParamsStage : CallStage
{
    private readonly IEventHooks _events;
    private readonly string _eventServiceId;
    private readonly string _responseChecksumValidation;

    public ClientParamsStage(IEventHooks events, string eventServiceId, string responseChecksumValidation)
    {
        _events = events;
        _eventServiceId = eventServiceId;
        _responseChecksumValidation = responseChecksumValidation;
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
        // HANDLER ROWS: botocore's before-parameter-build rows that the handler-rows work replaces (S3 bucket out of
        // the URI path, S3 Control host prefix, flexible-checksum validation mode, S3 list encoding, idempotency tokens).
        OperationModelCustomizations.Apply(_eventServiceId, call.Operation);
        FlexibleChecksums.ApplyValidationModeDefault(call.Parameters, plan.ChecksumTrait, _responseChecksumValidation);
        S3ListObjectsEncoding.BeforeParameterBuild(_eventServiceId, call.Operation.Name, call.Parameters, call.Context);
        FillIdempotencyTokens(plan, call.Parameters);
        return ValueTask.CompletedTask;
    }

    private static void FillIdempotencyTokens(OperationPlan plan, Dictionary<string, object?> parameters)
    {
        foreach (var member in plan.IdempotentMembers)
        {
            if (!parameters.ContainsKey(member))
            {
                parameters[member] = Guid.NewGuid().ToString();
            }
        }
    }
}
