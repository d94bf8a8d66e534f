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
    private readonly RequestSigner _signer;

    public BeforeCallStage(RequestSigner signer)
    {
        _signer = signer;
    }

    /// <inheritdoc />
    public override ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        var events = call.Plan.Events;
        if (!events.Has(CallEvent.BeforeCall) || DirectRows.TryBeforeCall(call))
        {
            return ValueTask.CompletedTask;
        }
        var (_, answer) = events.EmitUntilResponse(CallEvent.BeforeCall, new EmitArguments(4)
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
