using BotoSharp.Events;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// botocore's <c>_emit_api_params</c>: <c>provide-client-params</c> (a handler may answer with new parameters), then
/// <c>before-parameter-build</c> (handlers change the parameters in place).
/// </summary>
/// <remarks>
/// Idempotency tokens, the checksum validation mode, S3's model rewrites and list encoding are builtin handler rows on
/// before-parameter-build (Customizations/), so includeBuiltinHandlers: false leaves them out as botocore does.
/// </remarks>
internal sealed class ClientParamsStage : CallStage
{
    /// <inheritdoc />
    public override ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        var plan = call.Plan;
        if (call.TypedRequest is { } typed)
        {
            if (StaysTyped(call))
            {
                EmitOnTopLevel(call, typed);
                return ValueTask.CompletedTask;
            }
            call.Parameters = typed.ToParameters();
            call.TypedRequest = null;
        }
        var events = plan.Events;
        if (events.Has(CallEvent.ProvideClientParams)
            && HierarchicalEmitter.FirstNonNullResponse(events.Emit(CallEvent.ProvideClientParams, new EmitArguments(3)
            {
                ["params"] = call.Parameters,
                ["model"] = call.Operation,
                ["context"] = call.Context,
            })) is Dictionary<string, object?> replaced)
        {
            call.Parameters = replaced;
        }
        if (events.Has(CallEvent.BeforeParameterBuild))
        {
            events.Emit(CallEvent.BeforeParameterBuild, new EmitArguments(3)
            {
                ["params"] = call.Parameters,
                ["model"] = call.Operation,
                ["context"] = call.Context,
            });
        }
        return ValueTask.CompletedTask;
    }

    // The fallback rule (DESIGN-NOTES, typed fast path): a typed call keeps no parameter dictionary unless a handler
    // that botocore would hand one to is registered, other than the builtin rows that read only the top level.
    // The handler part is remembered per registration state of the emitter.
    private static bool StaysTyped(ApiCall call) =>
        call.Operation.OperationContextParameters.Count == 0
            && call.Plan.Events.Fact(HandlerFact.ParametersStayTyped, s_handlersKeepTyped) == 1;

    private static readonly Func<OperationEvents, int> s_handlersKeepTyped = static events =>
        !events.Has(CallEvent.ProvideClientParams)
            && OnlyTopLevelRows(events, CallEvent.BeforeParameterBuild)
            && OnlyTopLevelRows(events, CallEvent.BeforeEndpointResolution) ? 1 : 0;

    private static bool OnlyTopLevelRows(OperationEvents events, CallEvent callEvent) =>
        !events.Has(callEvent) || (events.HandlersOf(callEvent) is { } handlers && BotoSharp.Customizations.TypedParameterRows.AllReadTopLevelOnly(handlers));

    // The rows run on the captured top level; a row that changes a parameter sends the call down the dictionary
    // path with the change applied, so the dictionary is exactly the one botocore's rows would have left.
    private void EmitOnTopLevel(ApiCall call, IRequestShape typed)
    {
        var events = call.Plan.Events;
        if (events.HandlersOf(CallEvent.BeforeParameterBuild) is not { Count: > 0 } rows)
        {
            return;
        }
        var tracked = new TrackedParameters(call.Parameters);
        // Only builtin rows are registered here (StaysTyped checked it), and none rebinds a key of its arguments, so
        // they share one argument dictionary where the emitter copies it per handler (Python's **kwargs semantics,
        // which only a handler that rebinds keys could tell apart); same handlers, same order, same arguments.
        // No listed row keeps its arguments, so the dictionary is the thread's, cleared after a clean run (a row
        // that throws leaves it to the garbage collector; a nested call on this thread gets its own).
        var kwargs = Protocols.Typed.Writing.ThreadReusable<Dictionary<string, object?>>.Take();
        kwargs["params"] = tracked;
        kwargs["model"] = call.Operation;
        kwargs["context"] = call.Context;
        kwargs["event_name"] = events.EmittedName(CallEvent.BeforeParameterBuild);
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i](kwargs);
        }
        kwargs.Clear();
        Protocols.Typed.Writing.ThreadReusable<Dictionary<string, object?>>.Return(kwargs);
        if (tracked.Written is not null)
        {
            var full = typed.ToParameters();
            tracked.ApplyTo(full);
            call.Parameters = full;
            call.TypedRequest = null;
        }
    }
}
