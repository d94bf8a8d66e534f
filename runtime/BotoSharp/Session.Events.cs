using BotoSharp.Events;

namespace BotoSharp;

public partial class Session
{
    private EventAliaser _events = null!;

    /// <summary>
    /// The session's emitter: the given (or a new) <see cref="HierarchicalEmitter"/> wrapped in an
    /// <see cref="EventAliaser"/>. Clients take a <see cref="EventAliaser.Copy"/> of it when they are created.
    /// </summary>
    internal EventAliaser Events => _events;

    /// <summary>
    /// botocore's <c>register</c>: adds <paramref name="handler"/> for <paramref name="eventName"/> (aliased), in the
    /// middle list. With <paramref name="uniqueId"/>, a second registration of the same id is ignored.
    /// </summary>
    /// <exception cref="ArgumentException">Counted and uncounted use of <paramref name="uniqueId"/> are mixed.</exception>
    public void Register(string eventName, BotoEventHandler handler, string? uniqueId = null, bool uniqueIdUsesCount = false) =>
        _events.Register(eventName, handler, uniqueId, uniqueIdUsesCount);

    /// <summary>botocore's <c>unregister</c>: removes a handler by instance or by <paramref name="uniqueId"/>; unknown ones are ignored.</summary>
    /// <exception cref="ArgumentException">Counted and uncounted use of <paramref name="uniqueId"/> are mixed.</exception>
    public void Unregister(string eventName, BotoEventHandler? handler = null, string? uniqueId = null, bool uniqueIdUsesCount = false) =>
        _events.Unregister(eventName, handler, uniqueId, uniqueIdUsesCount);

    /// <summary>botocore's <c>emit</c>: calls every handler (with <c>event_name</c> added) and returns the <c>(handler, response)</c> pairs.</summary>
    public IReadOnlyList<(BotoEventHandler Handler, object? Response)> Emit(string eventName, IDictionary<string, object?>? args = null) =>
        _events.Emit(eventName, args);

    /// <summary>botocore's <c>emit_first_non_none_response</c>: emits to every handler and returns the first non-null response.</summary>
    public object? EmitFirstNonNullResponse(string eventName, IDictionary<string, object?>? args = null) =>
        HierarchicalEmitter.FirstNonNullResponse(_events.Emit(eventName, args));

    partial void InitializeEvents(HierarchicalEmitter? eventHooks, bool includeBuiltinHandlers)
    {
        if (eventHooks is null && includeBuiltinHandlers)
        {
            // The common case: the rows' process-wide layout instead of registering them one by one.
            _events = new EventAliaser(BuiltinHandlers.NewEmitterWithRows());
        }
        else
        {
            _events = new EventAliaser(eventHooks ?? new HierarchicalEmitter());
            if (includeBuiltinHandlers)
            {
                BuiltinHandlers.RegisterAll(_events);
            }
        }
        _components.RegisterComponent("event_emitter", _events);
    }
}
