using System.Reflection;
using BotoSharp.Clients;
using BotoSharp.Clients.Retries;
using BotoSharp.Clients.Stages;
using BotoSharp.Customizations;
using BotoSharp.Events;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// The read side of the fallback rule: a typed call reads its 2xx response straight into the typed output unless a
/// handler would see the parsed dictionary (<c>response-received</c>, <c>needs-retry</c>, <c>after-call</c>). Builtin
/// rows are data here: the retry handlers and two rows only look at <c>ResponseMetadata</c>, the HTTP response or
/// <c>Error</c> (which the typed path still hands them), and S3's list-objects decoding has a typed form.
/// </summary>
internal static class TypedReadGate
{
    private static readonly MethodInfo s_decodeListObjects = ((BotoEventHandler)S3ListObjectsEncoding.DecodeListObjects).Method;

    // Builtin handlers that act only on an Error, a 3xx or 421 status, or a status the parse changed: on a success they
    // read ResponseMetadata and Error and do nothing. The per-client needs-retry ones: a success is never a
    // wrong-region answer nor a 421/InvalidEndpointException.
    private static readonly MethodInfo[] s_errorOnlyRows =
    {
        ((BotoEventHandler)S3CallHandlers.UpdateStatusCode).Method,
        ((BotoEventHandler)ServiceHandlers.HandleSqsCompatibleError).Method,
        typeof(Clients.Customizations.S3RegionRedirector).GetMethod(nameof(Clients.Customizations.S3RegionRedirector.RedirectFromError), BindingFlags.NonPublic | BindingFlags.Instance)!,
        typeof(Clients.Customizations.EndpointDiscoveryHandler).GetMethod(nameof(Clients.Customizations.EndpointDiscoveryHandler.HandleRetries), BindingFlags.NonPublic | BindingFlags.Instance)!,
    };

    // Builtin handlers that, on a success, read nothing of the parsed result but ResponseMetadata and Error.
    private static readonly HashSet<MethodInfo> s_metadataOnly = new(s_errorOnlyRows)
    {
        typeof(StandardRetryHandler).GetMethod(nameof(StandardRetryHandler.NeedsRetry))!,
        typeof(StandardRetryHandler).GetMethod(nameof(StandardRetryHandler.ReleaseQuota), BindingFlags.NonPublic | BindingFlags.Instance)!,
        typeof(LegacyRetryHandler).GetMethod(nameof(LegacyRetryHandler.NeedsRetry))!,
        typeof(AdaptiveRateLimiter).GetMethod(nameof(AdaptiveRateLimiter.OnReceivingResponse))!,
    };

    // Builtin handlers with nothing to do after a typed success: the error-only ones, and S3's list-objects decoding,
    // whose typed form the reader applied while reading.
    private static readonly HashSet<MethodInfo> s_idleAfterTypedSuccess = new(s_errorOnlyRows) { s_decodeListObjects };

    /// <summary>
    /// Whether the builtin row <paramref name="method"/> has nothing to do after a typed success whose parsed
    /// dictionary holds only <c>ResponseMetadata</c>, read at the response's own status (the call path skips it there).
    /// </summary>
    public static bool IdleAfterTypedSuccess(MethodInfo method) => s_idleAfterTypedSuccess.Contains(method);

    /// <summary>The protocols with a typed reader.</summary>
    public static bool Supports(string protocol) => protocol is "rest-xml" or "query" or "ec2" or "json" or "rest-json";

    /// <summary>
    /// Whether <paramref name="call"/> may read its response typed, and the typed form of the rows that rewrite
    /// the result (null when none applies).
    /// </summary>
    public static bool Allows(ApiCall call, out StringRewrite? rewrite)
    {
        rewrite = null;
        var output = call.Operation.OutputShape;
        // The retry checks and SQS's row read a top-level Error; an output member of that name keeps the dictionary.
        if (output is null || call.Plan.HasEventStreamOutput || output.Members.ContainsKey("Error"))
        {
            return false;
        }
        // The rows are asked once per registration state of the emitter; only S3's decoding row reads the call.
        var verdict = (RowVerdict)call.Plan.Events.Fact(HandlerFact.ResponseReadsTyped, s_verdictOf);
        if (verdict == RowVerdict.TypedWithListDecoding)
        {
            rewrite = S3ListObjectsEncoding.TypedForm(call.Operation.Name, call.Context);
        }
        return verdict != RowVerdict.Dictionary;
    }

    /// <summary>
    /// Whether every handler that is handed the HTTP response after it arrives (<c>response-received</c>,
    /// <c>needs-retry</c>, <c>after-call</c>) is one of the builtin rows above, none of which keeps it.
    /// </summary>
    public static bool OnlyKnownRowsSeeResponse(ApiCall call) =>
        (RowVerdict)call.Plan.Events.Fact(HandlerFact.ResponseReadsTyped, s_verdictOf) != RowVerdict.Dictionary;

    private enum RowVerdict
    {
        Dictionary,
        Typed,
        TypedWithListDecoding,
    }

    private static readonly Func<OperationEvents, int> s_verdictOf = static events =>
    {
        var decodes = false;
        var typed = OnlyTypedRows(CallEvent.ResponseReceived, events, ref decodes)
            && OnlyTypedRows(CallEvent.NeedsRetry, events, ref decodes)
            && OnlyTypedRows(CallEvent.AfterCall, events, ref decodes);
        return (int)(!typed ? RowVerdict.Dictionary : decodes ? RowVerdict.TypedWithListDecoding : RowVerdict.Typed);
    };

    private static bool OnlyTypedRows(CallEvent callEvent, OperationEvents events, ref bool decodes)
    {
        if (events.HandlersOf(callEvent) is not { } handlers)
        {
            return false;
        }
        for (var i = 0; i < handlers.Count; i++)
        {
            var handler = handlers[i];
            if (s_metadataOnly.Contains(handler.Method))
            {
                continue;
            }
            if (handler.Method == s_decodeListObjects)
            {
                decodes = true;
                continue;
            }
            return false;
        }
        return true;
    }
}
