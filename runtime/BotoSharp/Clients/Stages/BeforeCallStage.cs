using BotoSharp.Events;
using BotoSharp.Http;
using BotoSharp.Signing;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// botocore's <c>before-call</c> (emit-until-response): handlers see the built request as <c>params</c> (botocore's
/// <c>request_dict</c>) and may change it; a handler answering <c>(AwsResponse, parsed)</c> stands in for the service.
/// </summary>
internal sealed class BeforeCallStage : CallStage
{
    private readonly IEventHooks _events;
    private readonly RequestSigner _signer;

    public BeforeCallStage(IEventHooks events, RequestSigner signer)
    {
        _events = events;
        _signer = signer;
    }

    /// <inheritdoc />
    public override ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        if (!_events.HasHandlers(call.Plan.BeforeCall))
        {
            return ValueTask.CompletedTask;
        }
        var (_, answer) = _events.EmitUntilResponse(call.Plan.BeforeCall, new EmitArguments(4)
        {
            ["model"] = call.Operation,
            ["params"] = call.Request,
            ["request_signer"] = _signer,
            ["context"] = call.Context,
        });
        if (answer is ValueTuple<AwsResponse, Dictionary<string, object?>> (var response, var parsed))
        {
            call.Response = response;
            call.Parsed = parsed;
            call.Stubbed = true;
        }
        return ValueTask.CompletedTask;
    }
}
