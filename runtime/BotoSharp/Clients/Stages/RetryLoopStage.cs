using System.Runtime.ExceptionServices;
using BotoSharp.Events;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// botocore's <c>Endpoint._send_request</c> and <c>_make_request</c>: attempts (sign → send → parse) until no
/// <c>needs-retry</c> handler asks for another, waiting the seconds it answered (through the client's
/// <see cref="TimeProvider"/>, so cancellation stops a backoff at once); <c>response-received</c> after every
/// attempt, <c>RetryAttempts</c> on the final response, and <c>after-call-error</c> when the call ends in an exception.
/// </summary>
internal sealed class RetryLoopStage : CallStage
{
    private readonly CallStage _sign;
    private readonly CallStage _send;
    private readonly CallStage _parse;
    private readonly TimeProvider _clock;
    private readonly double _readTimeoutSeconds;

    public RetryLoopStage(CallStage sign, CallStage send, CallStage parse, TimeProvider clock, double readTimeoutSeconds)
    {
        _readTimeoutSeconds = readTimeoutSeconds;
        _sign = sign;
        _send = send;
        _parse = parse;
        _clock = clock;
    }

    /// <inheritdoc />
    public override async ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        try
        {
            await SendWithRetriesAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            if (call.Plan.Events.Has(CallEvent.AfterCallError))
            {
                call.Plan.Events.Emit(CallEvent.AfterCallError, new EmitArguments(2) { ["exception"] = error, ["context"] = call.Context });
            }
            throw;
        }
    }

    private async ValueTask SendWithRetriesAsync(ApiCall call, CancellationToken cancellationToken)
    {
        var attempts = 1;
        UpdateRetriesContext(call.Context, attempts);
        await AttemptAsync(call, cancellationToken).ConfigureAwait(false);
        while (RetryDelay(await NeedsRetryAsync(call, attempts, cancellationToken).ConfigureAwait(false)) is { } delay)
        {
            attempts++;
            var retries = UpdateRetriesContext(call.Context, attempts);
            if (call.Response is { } previous)
            {
                SetTtl(retries, previous);
            }
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _clock, cancellationToken).ConfigureAwait(false);
            }
            // The previous attempt's response is never handed out, so its connection goes back to the pool now.
            call.Response?.Dispose();
            PooledResponseBody.ReturnAfterUse(call);
            call.Request!.ResetStream();
            await AttemptAsync(call, cancellationToken).ConfigureAwait(false);
        }
        call.Attempts = attempts;
        if (call.AttemptError is { } error)
        {
            ExceptionDispatchInfo.Throw(error);
        }
        if (call.UnparsableSuccess is { } unparsable)
        {
            throw unparsable;
        }
        call.SetRetryAttempts(attempts - 1);
    }

    private async ValueTask AttemptAsync(ApiCall call, CancellationToken cancellationToken)
    {
        call.Response = null;
        call.ResponseIsOwn = false;
        call.Parsed = null;
        call.AttemptError = null;
        call.UnparsableSuccess = null;
        await _sign.ProcessAsync(call, cancellationToken).ConfigureAwait(false);
        try
        {
            await _send.ProcessAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            call.AttemptError = error;
        }
        if (call.AttemptError is null)
        {
            await _parse.ProcessAsync(call, cancellationToken).ConfigureAwait(false);
        }
        if (call.Plan.Events.Has(CallEvent.ResponseReceived))
        {
            call.Plan.Events.Emit(CallEvent.ResponseReceived, new EmitArguments(4)
            {
                ["response_dict"] = call.Response is { } response ? ParseStage.ResponseDict(response) : null,
                ["parsed_response"] = call.Parsed,
                ["context"] = call.Context,
                ["exception"] = call.AttemptError,
            });
        }
    }

    // botocore's _needs_retry: the first non-null answer is the number of seconds to wait; none means done. A handler
    // that needs I/O to answer (the S3 region redirector's HeadBucket probe) is awaited in its place in that order;
    // until one does, the answer is read synchronously (no state machine: one async method less for every call and for
    // a cold process to compile). The answer comes back as the handler's object: a ValueTask of a struct (TimeSpan?)
    // has no precompiled builder, so every process JIT-compiled ~16 of its methods on its first call.
    private static ValueTask<object?> NeedsRetryAsync(ApiCall call, int attempts, CancellationToken cancellationToken)
    {
        if (!call.Plan.Events.Has(CallEvent.NeedsRetry))
        {
            return default;
        }
        if (DirectRows.TryNeedsRetry(call, attempts, out var direct))
        {
            return new ValueTask<object?>(direct);
        }
        var responses = call.Plan.Events.Emit(CallEvent.NeedsRetry, new EmitArguments(6)
        {
            ["response"] = call.Response is { } response ? (response, call.Parsed!) : null,
            ["endpoint"] = call.Endpoint,
            ["operation"] = call.Operation,
            ["attempts"] = BoxedValues.Of(attempts),
            ["caught_exception"] = call.AttemptError,
            ["request_dict"] = call.Request,
        });
        // An indexed loop: foreach over the IReadOnlyList would box its enumerator on every call.
        for (var i = 0; i < responses.Count; i++)
        {
            var answer = responses[i].Response;
            if (answer is DeferredHandlerResponse)
            {
                return AnswersFromAsync(responses, i, cancellationToken);
            }
            if (answer is not null)
            {
                return new ValueTask<object?>(answer);
            }
        }
        return default;
    }

    // The answers from the first deferring handler on, each deferred one awaited in its place.
    private static async ValueTask<object?> AnswersFromAsync(IReadOnlyList<(BotoEventHandler Handler, object? Response)> responses, int first,
        CancellationToken cancellationToken)
    {
        for (var i = first; i < responses.Count; i++)
        {
            var handlerAnswer = responses[i].Response;
            var answer = handlerAnswer is DeferredHandlerResponse deferred ? await deferred.ResolveAsync(cancellationToken).ConfigureAwait(false) : handlerAnswer;
            if (answer is not null)
            {
                return answer;
            }
        }
        return null;
    }

    // The wait a needs-retry answer asks for: none (done), a boolean (a second or nothing), or a number of seconds.
    private static TimeSpan? RetryDelay(object? answer) => answer switch
    {
        null => null,
        bool flag => flag ? TimeSpan.FromSeconds(1) : TimeSpan.Zero,
        _ => TimeSpan.FromSeconds(Convert.ToDouble(answer, System.Globalization.CultureInfo.InvariantCulture)),
    };

    // botocore's _update_retries_context: the attempt number, and one invocation id for the whole call.
    private static Dictionary<string, object?> UpdateRetriesContext(Dictionary<string, object?> context, int attempt)
    {
        if (!context.TryGetValue("retries", out var value) || value is not Dictionary<string, object?> retries)
        {
            // Room for what a first attempt holds: attempt, invocation-id and the retry handler's max (a ttl comes only with a retry).
            retries = new Dictionary<string, object?>(3, StringComparer.Ordinal);
            context["retries"] = retries;
        }
        retries["attempt"] = BoxedValues.Of(attempt);
        if (!retries.ContainsKey("invocation-id"))
        {
            retries["invocation-id"] = Retries.InvocationIds.NewId();
        }
        return retries;
    }

    // botocore's _set_ttl: local time + read timeout + the server's clock skew (its Date header), for amz-sdk-request.
    // botocore checks 'has_streaming_input' in the retries dict, where it never is, so every retry gets a ttl.
    private void SetTtl(Dictionary<string, object?> retries, Http.AwsResponse previous)
    {
        if (!previous.Headers.TryGetValue("Date", out var date)
            || !DateTime.TryParseExact(date.Trim(), "ddd, dd MMM yyyy HH:mm:ss 'GMT'", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var serverTime))
        {
            return;
        }
        var received = _clock.GetUtcNow().UtcDateTime;
        var ttl = _clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(_readTimeoutSeconds) + (serverTime - received);
        retries["ttl"] = ttl.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
    }
}
