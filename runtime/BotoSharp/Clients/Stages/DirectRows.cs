using System.Reflection;
using BotoSharp.Clients.Retries;
using BotoSharp.Customizations;
using BotoSharp.Events;
using BotoSharp.Protocols.Typed.Reading;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// The builtin rows a stage calls as plain methods when they are all its event reaches (the usual case): no argument
/// map, per-handler views or answer array per call. Each row's plain form is the work its handler does on the same
/// arguments, called in the emitter's order; the rows never rebind, keep or answer from their arguments (before-call's
/// rows never stand in for the service, request-created's and after-call's answer nothing). Any other handler, or an
/// emitter that cannot list its handlers, and the stage emits the event as before.
/// </summary>
internal static class DirectRows
{
    private static readonly MethodInfo s_recursionDetection = ((BotoEventHandler)GeneralHandlers.AddRecursionDetectionHeader).Method;
    private static readonly MethodInfo s_apiVersionHeader = ((BotoEventHandler)GeneralHandlers.InjectApiVersionHeaderIfNeeded).Method;
    private static readonly MethodInfo s_expectHeader = ((BotoEventHandler)S3CallHandlers.AddExpectHeader).Method;
    private static readonly MethodInfo s_retryHeaders = ((BotoEventHandler)GeneralHandlers.AddRetryHeaders).Method;
    private static readonly MethodInfo s_sqsError = ((BotoEventHandler)ServiceHandlers.HandleSqsCompatibleError).Method;
    private static readonly MethodInfo s_legacyRetry = typeof(LegacyRetryHandler).GetMethod(nameof(LegacyRetryHandler.NeedsRetry))!;
    private static readonly MethodInfo s_standardRetry = typeof(StandardRetryHandler).GetMethod(nameof(StandardRetryHandler.NeedsRetry))!;
    private static readonly MethodInfo s_releaseQuota =
        typeof(StandardRetryHandler).GetMethod(nameof(StandardRetryHandler.ReleaseQuota), BindingFlags.NonPublic | BindingFlags.Instance)!;

    /// <summary>Runs <c>before-call</c>'s rows on the call's request when only they listen; false to emit instead.</summary>
    public static bool TryBeforeCall(ApiCall call)
    {
        if (!Ready(call, CallEvent.BeforeCall, out var handlers, s_recursionDetection, s_apiVersionHeader, s_expectHeader))
        {
            return false;
        }
        var request = call.Request!;
        for (var i = 0; i < handlers.Count; i++)
        {
            var method = handlers[i].Method;
            if (method == s_recursionDetection)
            {
                GeneralHandlers.AddRecursionDetectionHeader(request.Headers);
            }
            else if (method == s_apiVersionHeader)
            {
                GeneralHandlers.InjectApiVersionHeaderIfNeeded(call.Operation, request);
            }
            else
            {
                S3CallHandlers.AddExpectHeader(call.Operation, request);
            }
        }
        return true;
    }

    /// <summary>Runs <c>request-created</c>'s row on the attempt's request when only it listens; false to emit instead.</summary>
    public static bool TryRequestCreated(ApiCall call)
    {
        if (!Ready(call, CallEvent.RequestCreated, out var handlers, s_retryHeaders, s_retryHeaders, s_retryHeaders))
        {
            return false;
        }
        for (var i = 0; i < handlers.Count; i++)
        {
            GeneralHandlers.RequestRetryHeaders(call.AttemptRequest!);
        }
        return true;
    }

    /// <summary>
    /// Asks <c>needs-retry</c>'s retry handler(s) about the last attempt when only they listen: the first non-null
    /// answer, as the emit would give; false to emit instead.
    /// </summary>
    public static bool TryNeedsRetry(ApiCall call, int attempts, out object? answer)
    {
        answer = null;
        var idleRows = IdleRowsMaySkip(call);
        if (!Ready(call, CallEvent.NeedsRetry, out var handlers, s_legacyRetry, s_standardRetry, s_standardRetry, idleRows))
        {
            return false;
        }
        for (var i = 0; i < handlers.Count; i++)
        {
            if (idleRows && TypedReadGate.IdleAfterTypedSuccess(handlers[i].Method))
            {
                continue;
            }
            // What RetryContext.FromEvent reads from the arguments the stage would have emitted.
            var context = new RetryContext(attempts, call);
            var response = handlers[i].Target switch
            {
                LegacyRetryHandler legacy => legacy.NeedsRetryFor(context),
                StandardRetryHandler standard => standard.NeedsRetryFor(context),
                _ => throw new InvalidOperationException("A needs-retry row without its handler."),
            };
            if (response is not null && answer is null)
            {
                answer = response;
            }
        }
        return true;
    }

    /// <summary>Runs <c>after-call</c>'s rows when only they listen; false to emit instead.</summary>
    public static bool TryAfterCall(ApiCall call)
    {
        var idleRows = IdleRowsMaySkip(call);
        if (!Ready(call, CallEvent.AfterCall, out var handlers, s_sqsError, s_releaseQuota, s_releaseQuota, idleRows))
        {
            return false;
        }
        for (var i = 0; i < handlers.Count; i++)
        {
            var handler = handlers[i];
            if (idleRows && TypedReadGate.IdleAfterTypedSuccess(handler.Method))
            {
                continue;
            }
            if (handler.Method == s_sqsError)
            {
                ServiceHandlers.HandleSqsCompatibleError(call.Parsed, call.Context);
            }
            else if (call.Response is { } response)
            {
                ((StandardRetryHandler)handler.Target!).Quota.Release(call.Context, response.StatusCode);
            }
        }
        return true;
    }

    // Whether the last attempt is a typed success with its dictionary deferred, read at the response's own status (a
    // before-parse handler may have parsed it as another): the idle rows then have nothing to do.
    private static bool IdleRowsMaySkip(ApiCall call) =>
        call.ParsedIsDeferred && call.Response is { } response && response.StatusCode == call.TypedMetadata!.HttpStatusCode;

    // The event's handlers when every one is among the rows named, or the idle rows when allowed (an empty list too:
    // the stage then calls nothing); read once, so a handler registered meanwhile is seen by the next event, as with an emit.
    private static bool Ready(ApiCall call, CallEvent callEvent, out IReadOnlyList<BotoEventHandler> handlers, MethodInfo first, MethodInfo second,
        MethodInfo third, bool idleRows = false)
    {
        handlers = null!;
        if (call.Plan.Events.HandlersOf(callEvent) is not { } listed)
        {
            return false;
        }
        for (var i = 0; i < listed.Count; i++)
        {
            var method = listed[i].Method;
            if (method != first && method != second && method != third && !(idleRows && TypedReadGate.IdleAfterTypedSuccess(method)))
            {
                return false;
            }
        }
        handlers = listed;
        return true;
    }
}
