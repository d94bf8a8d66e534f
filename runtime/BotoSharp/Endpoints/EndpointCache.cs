namespace BotoSharp.Endpoints;

/// <summary>A small thread-safe least-recently-used cache of resolved endpoints.</summary>
internal sealed class EndpointCache
{
    private readonly int _capacity;
    private readonly Dictionary<EndpointCacheKey, LinkedListNode<Entry>> _map;
    private readonly LinkedList<Entry> _order = new();
    private readonly object _gate = new();

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> entries.</summary>
    public EndpointCache(int capacity)
    {
        _capacity = capacity;
        _map = new(capacity);
    }

    /// <summary>Looks up a result and marks it most recently used.</summary>
    public bool TryGet(EndpointCacheKey key, out ResolvedEndpoint value)
    {
        lock (_gate)
        {
            if (_map.TryGetValue(key, out var node))
            {
                // A client calling one operation hits the same entry every time: it is already the most recent.
                if (_order.First != node)
                {
                    _order.Remove(node);
                    _order.AddFirst(node);
                }
                value = node.Value.Value;
                return true;
            }
        }
        value = null!;
        return false;
    }

    /// <summary>Stores a result, evicting the least recently used entry when full.</summary>
    public void Add(EndpointCacheKey key, ResolvedEndpoint value)
    {
        lock (_gate)
        {
            if (_map.TryGetValue(key, out var existing))
            {
                _order.Remove(existing);
                _map.Remove(key);
            }
            if (_map.Count >= _capacity && _order.Last is { } last)
            {
                _order.RemoveLast();
                _map.Remove(last.Value.Key);
            }
            _map[key] = _order.AddFirst(new Entry(key, value));
        }
    }

    // A class, not a tuple: a linked list of a struct is framework code no ReadyToRun image holds (JIT-compiled by
    // every process's first endpoint resolution), of a class it is the shared code the framework's image has.
    private sealed record Entry(EndpointCacheKey Key, ResolvedEndpoint Value);
}
