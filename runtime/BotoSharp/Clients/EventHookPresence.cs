using BotoSharp.Events;

namespace BotoSharp.Clients;

/// <summary>
/// Whether an event would reach any handler. The call path fires about a dozen events per call and most have no
/// handler; asking first lets it skip building each event's argument dictionary. Emitting to no handler does
/// nothing, so skipping it changes nothing a handler or caller can see.
/// </summary>
internal static class EventHookPresence
{
    /// <summary>False only when <paramref name="events"/> certainly has no handler for <paramref name="eventName"/>.</summary>
    // Any other implementation than the session's emitter is asked the usual way.
    public static bool HasHandlers(this IEventHooks events, string eventName) => events.HandlersOf(eventName) is not { Count: 0 };

    /// <summary>The name handlers of <paramref name="eventName"/> see as <c>event_name</c> (the aliased name).</summary>
    public static string EmittedName(this IEventHooks events, string eventName) =>
        events is EventAliaser aliaser ? aliaser.AliasEventName(eventName) : eventName;

    /// <summary>The handlers <paramref name="eventName"/> reaches, in order; null when <paramref name="events"/> cannot tell.</summary>
    public static IReadOnlyList<BotoEventHandler>? HandlersOf(this IEventHooks events, string eventName) => events switch
    {
        EventAliaser { Emitter: HierarchicalEmitter emitter } aliaser => emitter.GetHandlers(aliaser.AliasEventName(eventName)),
        HierarchicalEmitter emitter => emitter.GetHandlers(eventName),
        _ => null,
    };
}
