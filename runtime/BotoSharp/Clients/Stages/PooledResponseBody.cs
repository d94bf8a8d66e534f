using BotoSharp.Customizations;
using BotoSharp.Events;
using BotoSharp.Protocols.Typed.Reading;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// Who may see the transport's pooled response body, and when it goes back to the pool. Every public holder of the
/// body has its own array (<c>AwsResponse.Content</c>, <c>ProtocolResponse.Body</c> and payloads are copies made on
/// first read), so the buffer itself is only read by the runtime's checks and readers, which are done when an
/// attempt's response is dropped or the call reaches the end of <c>after-call</c>. It goes back then unless a handler
/// outside the builtin rows was handed the response (it could read <c>Content</c> later) or the response is not one
/// this call's transport made.
/// </summary>
internal static class PooledResponseBody
{
    private static readonly HashSet<System.Reflection.MethodInfo> s_inPlaceBeforeParse = new()
    {
        ((BotoEventHandler)S3CallHandlers.Handle200Error).Method,
        ((BotoEventHandler)ResponseDecodingHandlers.HandleExpiresHeader).Method,
    };

    private static readonly Func<OperationEvents, int> s_beforeParseInPlace = static events =>
        events.HandlersOf(CallEvent.BeforeParse) is { } handlers && handlers.All(h => s_inPlaceBeforeParse.Contains(h.Method)) ? 1 : 0;

    /// <summary>
    /// Whether the <c>before-parse</c> handlers may be handed the pooled body in place (an <c>ArraySegment</c> as
    /// <c>body</c>): only S3's 200-error check reads it, and neither builtin row keeps it.
    /// </summary>
    public static bool BeforeParseReadsInPlace(ApiCall call) =>
        call.Plan.Events.Fact(HandlerFact.BeforeParseReadsInPlace, s_beforeParseInPlace) == 1;

    /// <summary>Hands the current response's pooled body back when nobody else can still ask for it (see the type).</summary>
    public static void ReturnAfterUse(ApiCall call)
    {
        if (call.ResponseIsOwn && call.Response is { } response && TypedReadGate.OnlyKnownRowsSeeResponse(call))
        {
            response.ReturnBodyBuffer();
        }
    }
}
