using BotoSharp.Events;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// One operation's call-path events on its client's emitter: which handlers each event reaches, resolved once per
/// registration state instead of by two name lookups (alias table, then trie) at every check and emit of every call.
/// </summary>
/// <remarks>
/// The session's emitter replaces its immutable trie on every registration, so a resolved snapshot is valid exactly
/// as long as the emitter still holds the trie it was resolved from; every check compares that reference, so a
/// handler registered in the middle of a call is seen by the call's later events, as before. Handlers are called
/// through <see cref="HierarchicalEmitter.EmitTo"/>, the emitter's own loop, with the same (aliased) event name.
/// Any other <see cref="IEventHooks"/> is asked by name every time.
/// </remarks>
internal sealed class OperationEvents
{
    // Counted by name: the generic GetValues<T> has no precompiled code for our enums and was JIT-compiled by every process.
    private static readonly int s_count = Enum.GetNames(typeof(CallEvent)).Length;
    private static readonly int s_factCount = Enum.GetNames(typeof(HandlerFact)).Length;

    private readonly IEventHooks _events;
    private readonly string[] _names;
    private Snapshot? _snapshot;

    /// <param name="events">The client's emitter.</param>
    /// <param name="names">The event name of each <see cref="CallEvent"/>, in its order.</param>
    public OperationEvents(IEventHooks events, string[] names)
    {
        _events = events;
        _names = names.Length == s_count ? names : throw new ArgumentException("One name per call event.", nameof(names));
    }

    /// <summary>The name <paramref name="callEvent"/> is fired under (before aliasing).</summary>
    public string Name(CallEvent callEvent) => _names[(int)callEvent];

    /// <summary>False only when <paramref name="callEvent"/> certainly reaches no handler (emitting it would do nothing).</summary>
    public bool Has(CallEvent callEvent) => Current() is not { } snapshot || snapshot.Handlers[(int)callEvent].Length > 0;

    /// <summary>The handlers <paramref name="callEvent"/> reaches, in call order; null when the emitter cannot tell.</summary>
    public IReadOnlyList<BotoEventHandler>? HandlersOf(CallEvent callEvent) =>
        Current() is { } snapshot ? snapshot.Handlers[(int)callEvent] : _events.HandlersOf(Name(callEvent));

    /// <summary>The name handlers of <paramref name="callEvent"/> see as <c>event_name</c>.</summary>
    public string EmittedName(CallEvent callEvent) =>
        Current() is { } snapshot ? snapshot.Names[(int)callEvent] : _events.EmittedName(Name(callEvent));

    /// <summary>
    /// <paramref name="compute"/>'s answer (a function of this operation's handlers only) remembered for the emitter's
    /// current registration state: the typed path's fallback checks ask the same question on every call.
    /// </summary>
    public int Fact(HandlerFact fact, Func<OperationEvents, int> compute)
    {
        if (Current() is not { } snapshot)
        {
            return compute(this);
        }
        var known = Volatile.Read(ref snapshot.Facts[(int)fact]);
        if (known != 0)
        {
            return known - 1;
        }
        var answer = compute(this);
        // Kept only when no registration replaced the handlers while it was computed (each registration makes a new trie).
        if (ReferenceEquals(Current(), snapshot))
        {
            Volatile.Write(ref snapshot.Facts[(int)fact], answer + 1);
        }
        return answer;
    }

    /// <summary>Emits <paramref name="callEvent"/> as <see cref="IEventHooks.Emit"/> would.</summary>
    public IReadOnlyList<(BotoEventHandler Handler, object? Response)> Emit(CallEvent callEvent, EmitArguments args) =>
        Current() is { } snapshot
            ? HierarchicalEmitter.EmitTo(snapshot.Handlers[(int)callEvent], snapshot.Names[(int)callEvent], args, stopOnResponse: false)
            : _events.Emit(Name(callEvent), args);

    /// <summary>Emits <paramref name="callEvent"/> until a handler answers, as <see cref="IEventHooks.EmitUntilResponse"/> would.</summary>
    public (BotoEventHandler? Handler, object? Response) EmitUntilResponse(CallEvent callEvent, EmitArguments args)
    {
        if (Current() is not { } snapshot)
        {
            return _events.EmitUntilResponse(Name(callEvent), args);
        }
        var responses = HierarchicalEmitter.EmitTo(snapshot.Handlers[(int)callEvent], snapshot.Names[(int)callEvent], args, stopOnResponse: true);
        return responses.Count > 0 ? responses[^1] : (null, null);
    }

    // The snapshot of the emitter's current trie (re-resolved after a registration); null for an unknown emitter.
    private Snapshot? Current()
    {
        var (emitter, aliaser) = _events switch
        {
            EventAliaser { Emitter: HierarchicalEmitter inner } outer => (inner, outer),
            HierarchicalEmitter plain => (plain, null),
            _ => (null, null),
        };
        if (emitter is null)
        {
            return null;
        }
        var trie = emitter.Handlers;
        var snapshot = _snapshot;
        if (snapshot is not null && ReferenceEquals(snapshot.Trie, trie))
        {
            return snapshot;
        }
        var names = snapshot?.Names ?? AliasedNames(_names, aliaser);
        var handlers = new BotoEventHandler[s_count][];
        for (var i = 0; i < handlers.Length; i++)
        {
            handlers[i] = trie.PrefixSearch(names[i]);
        }
        // Racing threads build equal snapshots of the same trie; either may stay.
        return _snapshot = new Snapshot(trie, names, handlers);
    }

    // Apart from Current: a lambda there capturing the aliaser made its closure at every entry of Current, that is at
    // every check and emit of every call, though it runs only when the handlers are resolved again.
    private static string[] AliasedNames(string[] names, EventAliaser? aliaser) =>
        Array.ConvertAll(names, name => aliaser?.AliasEventName(name) ?? name);

    private sealed record Snapshot(EventHandlerTrie Trie, string[] Names, BotoEventHandler[][] Handlers)
    {
        // Per HandlerFact: 0 while unknown, else the answer + 1.
        public int[] Facts { get; } = new int[s_factCount];
    }
}
