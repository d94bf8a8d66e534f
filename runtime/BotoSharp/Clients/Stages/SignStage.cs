using BotoSharp.Clients.Customizations;
using BotoSharp.Events;
using BotoSharp.Signing;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// botocore's <c>create_request</c> for one attempt: a fresh copy of the request, <c>request-created</c>, the signer
/// (<c>choose-signer</c>, <c>before-sign</c>, credentials frozen once for this attempt, a fresh signing date), then
/// the retry headers (<c>amz-sdk-invocation-id</c>, <c>amz-sdk-request: attempt=N; max=M</c>), which are never signed.
/// </summary>
internal sealed class SignStage : CallStage
{
    private readonly RequestSigner _signer;
    private readonly S3ExpressIdentityCache? _s3Express;

    public SignStage(RequestSigner signer, S3ExpressIdentityCache? s3Express)
    {
        _signer = signer;
        _s3Express = s3Express;
    }

    /// <inheritdoc />
    public override async ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        var request = call.Request!.CopyForAttempt();
        call.AttemptRequest = request;
        if (call.Plan.Events.Has(CallEvent.RequestCreated) && !DirectRows.TryRequestCreated(call))
        {
            var answers = call.Plan.Events.Emit(CallEvent.RequestCreated, new EmitArguments(2)
            {
                ["request"] = request,
                ["operation_name"] = call.Operation.Name,
            });
            // A handler that needs I/O (endpoint discovery's DescribeEndpoints on a cache miss) finishes here, in order.
            for (var i = 0; i < answers.Count; i++)
            {
                if (answers[i].Response is DeferredHandlerResponse deferred)
                {
                    await deferred.ResolveAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        if (_s3Express is not null)
        {
            // HANDLER ROW: botocore's S3ExpressIdentityResolver (before-sign.s3); it fetches session credentials, so it
            // is awaited here rather than run inside the synchronous emitter.
            await _s3Express.ApplyAsync(request.Context, call.Parameters, cancellationToken).ConfigureAwait(false);
        }
        await _signer.SignAsync(call.Operation.Name, request, cancellationToken).ConfigureAwait(false);
        // The add_retry_headers row asked for them during request-created; without builtin rows there are none.
        if (request.Context.Remove(BotoSharp.Customizations.GeneralHandlers.RetryHeadersRequested))
        {
            AddRetryHeaders(request.Headers, call.Context);
        }
    }

    // botocore's add_retry_headers: from the call's retries context, after the signer ran.
    private static void AddRetryHeaders(Http.HttpHeaderList headers, Dictionary<string, object?> context)
    {
        if (!context.TryGetValue("retries", out var value) || value is not Dictionary<string, object?> { Count: > 0 } retries)
        {
            return;
        }
        headers.Set("amz-sdk-invocation-id", (string)retries["invocation-id"]!);
        // Without a ttl the value is a function of the attempt and max alone ("attempt=1; max=5" on almost every call).
        if (NumbersOf(retries) is { } numbers && s_lastRequestHeader is { } last
            && last.Attempt == numbers.Attempt && last.Max == numbers.Max)
        {
            headers.Set("amz-sdk-request", last.Text);
            return;
        }
        // "ttl=…; attempt=N; max=M", the parts present, written once (str() of each value, as botocore formats them).
        var text = new System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(0, 0, System.Globalization.CultureInfo.InvariantCulture, stackalloc char[64]);
        var first = true;
        foreach (var key in s_sdkRetryKeys)
        {
            if (retries.TryGetValue(key, out var part))
            {
                if (!first)
                {
                    text.AppendLiteral("; ");
                }
                text.AppendLiteral(key);
                text.AppendLiteral("=");
                text.AppendFormatted(Convert.ToString(part, System.Globalization.CultureInfo.InvariantCulture));
                first = false;
            }
        }
        var rendered = text.ToStringAndClear();
        if (NumbersOf(retries) is { } rendering)
        {
            s_lastRequestHeader = new RequestHeaderText(rendering.Attempt, rendering.Max, rendered);
        }
        headers.Set("amz-sdk-request", rendered);
    }

    // The attempt and max (-1 when absent) when they are all the header holds: no ttl, both ints.
    private static (int Attempt, int Max)? NumbersOf(Dictionary<string, object?> retries)
    {
        if (retries.ContainsKey("ttl") || !retries.TryGetValue("attempt", out var attempt) || attempt is not int attemptNumber)
        {
            return null;
        }
        if (!retries.TryGetValue("max", out var max))
        {
            return (attemptNumber, -1);
        }
        return max is int maxNumber && maxNumber >= 0 ? (attemptNumber, maxNumber) : null;
    }

    // The last "attempt=N; max=M" rendered (process-wide: the text is a function of the two numbers alone).
    private static RequestHeaderText? s_lastRequestHeader;

    private sealed record RequestHeaderText(int Attempt, int Max, string Text);

    private static readonly string[] s_sdkRetryKeys = { "ttl", "attempt", "max" };
}
