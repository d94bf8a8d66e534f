namespace BotoSharp.Events;

public sealed partial class HierarchicalEmitter
{
    /// <inheritdoc />
    public void Register(string eventName, BotoEventHandler handler, string? uniqueId = null, bool uniqueIdUsesCount = false) =>
        RegisterSection(eventName, handler, uniqueId, uniqueIdUsesCount, EventHandlerSection.Middle);

    /// <inheritdoc />
    public void RegisterFirst(string eventName, BotoEventHandler handler, string? uniqueId = null, bool uniqueIdUsesCount = false) =>
        RegisterSection(eventName, handler, uniqueId, uniqueIdUsesCount, EventHandlerSection.First);

    /// <inheritdoc />
    public void RegisterLast(string eventName, BotoEventHandler handler, string? uniqueId = null, bool uniqueIdUsesCount = false) =>
        RegisterSection(eventName, handler, uniqueId, uniqueIdUsesCount, EventHandlerSection.Last);

    /// <summary>The registration count of a counted unique id, or null when the id is unknown or not counted.</summary>
    public int? GetUniqueIdCount(string uniqueId)
    {
        lock (_gate)
        {
            return _uniqueIdHandlers is not null && _uniqueIdHandlers.TryGetValue(uniqueId, out var entry) ? entry.Count : null;
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The counted/uncounted use of <paramref name="uniqueId"/> differs from its registration.</exception>
    public void Unregister(string eventName, BotoEventHandler? handler = null, string? uniqueId = null, bool uniqueIdUsesCount = false)
    {
        ArgumentNullException.ThrowIfNull(eventName);
        lock (_gate)
        {
            if (uniqueId is not null)
            {
                if (_uniqueIdHandlers is null || !_uniqueIdHandlers.TryGetValue(uniqueId, out var entry))
                {
                    return;
                }
                if (uniqueIdUsesCount)
                {
                    if (entry.Count is null)
                    {
                        throw new ArgumentException(
                            $"Initial registration of unique id {uniqueId} was specified to use a counter. Subsequent unregister calls to unique id must specify use of a counter as well.",
                            nameof(uniqueIdUsesCount));
                    }
                    if (entry.Count != 1)
                    {
                        entry.Count--;
                        return;
                    }
                }
                else if (entry.Count is > 0)
                {
                    throw new ArgumentException(
                        $"Initial registration of unique id {uniqueId} was specified to not use a counter. Subsequent unregister calls to unique id must specify not to use a counter as well.",
                        nameof(uniqueIdUsesCount));
                }
                WritableUniqueIdHandlers().Remove(uniqueId);
                handler = entry.Handler;
            }
            if (_handlers.Remove(eventName, handler) is { } changed)
            {
                _handlers = changed;
            }
        }
    }

    private void RegisterSection(string eventName, BotoEventHandler handler, string? uniqueId, bool uniqueIdUsesCount, EventHandlerSection section)
    {
        ArgumentNullException.ThrowIfNull(eventName);
        ArgumentNullException.ThrowIfNull(handler);
        lock (_gate)
        {
            if (uniqueId is not null)
            {
                if (_uniqueIdHandlers is not null && _uniqueIdHandlers.TryGetValue(uniqueId, out var existing))
                {
                    // An id already in use means "already registered": only the counter moves, for any event name.
                    if (uniqueIdUsesCount)
                    {
                        if (existing.Count is not > 0)
                        {
                            throw new ArgumentException(
                                $"Initial registration of  unique id {uniqueId} was specified to use a counter. Subsequent register calls to unique id must specify use of a counter as well.",
                                nameof(uniqueIdUsesCount));
                        }
                        existing.Count++;
                    }
                    else if (existing.Count is > 0)
                    {
                        throw new ArgumentException(
                            $"Initial registration of unique id {uniqueId} was specified to not use a counter. Subsequent register calls to unique id must specify not to use a counter as well.",
                            nameof(uniqueIdUsesCount));
                    }
                    return;
                }
                WritableUniqueIdHandlers()[uniqueId] = new UniqueIdEntry(handler, uniqueIdUsesCount ? 1 : null);
            }
            _handlers = _handlers.Append(eventName, handler, section);
        }
    }

    /// <summary>The unique-id map this emitter may change (under the lock): made, or copied when shared with a copy.</summary>
    private Dictionary<string, UniqueIdEntry> WritableUniqueIdHandlers()
    {
        if (_uniqueIdHandlers is null)
        {
            _uniqueIdHandlers = new Dictionary<string, UniqueIdEntry>(StringComparer.Ordinal);
        }
        else if (_uniqueIdHandlersShared)
        {
            _uniqueIdHandlers = new Dictionary<string, UniqueIdEntry>(_uniqueIdHandlers, StringComparer.Ordinal);
            _uniqueIdHandlersShared = false;
        }
        return _uniqueIdHandlers;
    }

    /// <summary>A unique id's handler and counter; shared between an emitter and its copies, as botocore's dict entries are.</summary>
    private sealed class UniqueIdEntry
    {
        public UniqueIdEntry(BotoEventHandler handler, int? count)
        {
            Handler = handler;
            Count = count;
        }

        public BotoEventHandler Handler { get; }

        public int? Count { get; set; }
    }
}
