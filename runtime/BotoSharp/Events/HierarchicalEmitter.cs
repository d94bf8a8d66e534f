namespace BotoSharp.Events;

/// <summary>
/// botocore's <c>HierarchicalEmitter</c>: handlers registered on dot-separated event names and prefixes, called most
/// specific first, with wildcard branches ahead of exact ones (see <see cref="EventHandlerTrie.PrefixSearch"/>).
/// Registration is thread-safe; handlers run on the emitting thread outside any lock.
/// </summary>
public sealed partial class HierarchicalEmitter : IEventHooks
{
    private readonly object _gate = new();
    // Immutable and replaced on registration (under the lock), so an emit reads it without the lock; its lookups
    // are cached in the trie itself, shared with every copy that has not registered since.
    private volatile EventHandlerTrie _handlers;
    // Made on the first unique id, and shared with copies until either side adds or removes one (copy on write): a
    // shared map is never changed again, so each side reads it under its own lock.
    private Dictionary<string, UniqueIdEntry>? _uniqueIdHandlers;
    private bool _uniqueIdHandlersShared;

    /// <summary>Creates an emitter with no handlers.</summary>
    public HierarchicalEmitter()
        : this(EventHandlerTrie.Empty, null)
    {
    }

    private HierarchicalEmitter(EventHandlerTrie handlers, Dictionary<string, UniqueIdEntry>? sharedUniqueIdHandlers)
    {
        _handlers = handlers;
        _uniqueIdHandlers = sharedUniqueIdHandlers;
        _uniqueIdHandlersShared = sharedUniqueIdHandlers is not null;
    }

    /// <summary>The handlers registered so far (an immutable snapshot).</summary>
    internal EventHandlerTrie Handlers => _handlers;

    /// <summary>An emitter that starts with <paramref name="handlers"/> and no unique ids (the builtin rows' layout).</summary>
    internal static HierarchicalEmitter Over(EventHandlerTrie handlers) =>
        new(handlers, null);

    /// <inheritdoc />
    public IReadOnlyList<(BotoEventHandler Handler, object? Response)> Emit(string eventName, IDictionary<string, object?>? args = null) =>
        EmitCore(eventName, args, stopOnResponse: false);

    /// <inheritdoc />
    public (BotoEventHandler? Handler, object? Response) EmitUntilResponse(string eventName, IDictionary<string, object?>? args = null)
    {
        var responses = EmitCore(eventName, args, stopOnResponse: true);
        return responses.Count > 0 ? responses[^1] : (null, null);
    }

    /// <summary>The handlers <see cref="Emit"/> would call for <paramref name="eventName"/>, in call order.</summary>
    public IReadOnlyList<BotoEventHandler> GetHandlers(string eventName)
    {
        ArgumentNullException.ThrowIfNull(eventName);
        return Lookup(eventName);
    }

    /// <summary>botocore's <c>first_non_none_response</c>: the first non-null response, else <paramref name="defaultValue"/>.</summary>
    public static object? FirstNonNullResponse(IEnumerable<(BotoEventHandler Handler, object? Response)> responses, object? defaultValue = null)
    {
        ArgumentNullException.ThrowIfNull(responses);
        foreach (var (_, response) in responses)
        {
            if (response is not null)
            {
                return response;
            }
        }
        return defaultValue;
    }

    /// <summary>
    /// botocore's <c>copy.copy(emitter)</c>: the trie and its handler lists are copied, so registrations on either
    /// side no longer affect the other; the unique-id map is copied but its entries are shared, so a counted
    /// unique id registered again on one side raises the count seen by both (as in botocore).
    /// </summary>
    public HierarchicalEmitter Copy()
    {
        lock (_gate)
        {
            // The trie is immutable: sharing it is copying it. The unique-id map is copied when either side next changes it.
            if (_uniqueIdHandlers is not { Count: > 0 })
            {
                return new HierarchicalEmitter(_handlers, null);
            }
            _uniqueIdHandlersShared = true;
            return new HierarchicalEmitter(_handlers, _uniqueIdHandlers);
        }
    }

    IEventHooks IEventHooks.Copy() => Copy();

    private IReadOnlyList<(BotoEventHandler Handler, object? Response)> EmitCore(string eventName, IDictionary<string, object?>? args, bool stopOnResponse)
    {
        ArgumentNullException.ThrowIfNull(eventName);
        return EmitTo(Lookup(eventName), eventName, args, stopOnResponse);
    }

    /// <summary>
    /// Calls <paramref name="handlers"/> (what this emitter's lookup of <paramref name="eventName"/> returned) as an
    /// emit of <paramref name="eventName"/> does: for a caller that resolved the handlers itself.
    /// </summary>
    internal static IReadOnlyList<(BotoEventHandler Handler, object? Response)> EmitTo(BotoEventHandler[] handlers, string eventName,
        IDictionary<string, object?>? args, bool stopOnResponse)
    {
        if (handlers.Length == 0)
        {
            return Array.Empty<(BotoEventHandler, object?)>();
        }
        // Arguments built for this emit alone are used as they are; anything else is copied, so the caller's
        // dictionary never gains event_name.
        IDictionary<string, object?> kwargs = args switch
        {
            null => new Dictionary<string, object?>(StringComparer.Ordinal),
            EmitArguments owned => owned,
            _ => new Dictionary<string, object?>(args, StringComparer.Ordinal),
        };
        kwargs["event_name"] = eventName;
        // One answer per handler called: an array of exactly that many (a list would add its own object).
        var responses = new (BotoEventHandler, object?)[handlers.Length];
        for (var i = 0; i < handlers.Length; i++)
        {
            var handler = handlers[i];
            // Python's handler(**kwargs) gives every handler its own argument dict: one handler rebinding a key
            // is not seen by the next, while mutations of the values (params, request…) are. The view copies
            // the arguments only if its handler rebinds a key.
            var response = handler(handlers.Length == 1 ? kwargs : new HandlerArguments(kwargs));
            responses[i] = (handler, response);
            if (stopOnResponse && response is not null)
            {
                return responses[..(i + 1)];
            }
        }
        return responses;
    }

    private BotoEventHandler[] Lookup(string eventName) => _handlers.PrefixSearch(eventName);
}
