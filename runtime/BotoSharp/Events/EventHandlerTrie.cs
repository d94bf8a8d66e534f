using System.Collections.Concurrent;
using BotoSharp.Caching;

namespace BotoSharp.Events;

/// <summary>
/// The prefix trie behind <see cref="HierarchicalEmitter"/>: one node per dot-separated part of an event name, each
/// holding first/middle/last handler lists. A <c>*</c> part matches any one part at its position. Immutable: a
/// change returns a new trie that copies only the nodes on the changed path and shares the rest, so an emitter's
/// copy (one per client) shares its trie until one side registers, and the builtin rows are laid out once per process.
/// </summary>
internal sealed class EventHandlerTrie
{
    // Bounded like the alias cache: a trie shared by every session must not grow without limit on odd names.
    private const int MaxRemembered = 10_000;

    // Appends remembered per trie: few distinct process-wide handlers are ever appended to one shared layout.
    private const int MaxAppendsRemembered = 64;

    private readonly Node _root;
    private BoundedCache<string, BotoEventHandler[]>? _lookups;
    // By event name, then a short list scanned by handler and section: a (string, handler, enum) tuple key has no
    // precompiled code and was JIT-compiled by the first session of every process.
    private ConcurrentDictionary<string, RememberedAppend[]>? _appends;
    private int _appendsRemembered;

    private EventHandlerTrie(Node root) => _root = root;

    /// <summary>A trie with no handlers.</summary>
    public static EventHandlerTrie Empty { get; } = new(Node.Blank);

    /// <summary>A trie with <paramref name="handler"/> appended to the <paramref name="section"/> list of the node for <paramref name="key"/>.</summary>
    /// <remarks>
    /// Append is a pure function of this immutable trie, so the same append of a process-wide handler (see
    /// <see cref="IProcessWideHandler"/>) is made once: every client that registers it on the session's layout then
    /// shares the resulting trie and its lookup cache. Per-client handlers are never remembered (they would pin clients).
    /// </remarks>
    public EventHandlerTrie Append(string key, BotoEventHandler handler, EventHandlerSection section)
    {
        if (handler.Target is not (null or IProcessWideHandler { IsProcessWide: true }))
        {
            return new(Append(_root, key.Split('.'), 0, handler, section));
        }
        var appends = _appends ?? Interlocked.CompareExchange(ref _appends, new(StringComparer.Ordinal), null) ?? _appends;
        if (Remembered(appends, key, handler, section) is { } known)
        {
            return known;
        }
        var appended = new EventHandlerTrie(Append(_root, key.Split('.'), 0, handler, section));
        if (Interlocked.Increment(ref _appendsRemembered) > MaxAppendsRemembered)
        {
            return appended;
        }
        appends.AddOrUpdate(key, static (_, added) => [added], static (_, list, added) => [.. list, added],
            new RememberedAppend(handler, section, appended));
        // A racing thread may have remembered the same append first: every caller gets the first one.
        return Remembered(appends, key, handler, section) ?? appended;
    }

    private static EventHandlerTrie? Remembered(ConcurrentDictionary<string, RememberedAppend[]> appends, string key,
        BotoEventHandler handler, EventHandlerSection section)
    {
        if (appends.TryGetValue(key, out var list))
        {
            foreach (var remembered in list)
            {
                if (remembered.Section == section && remembered.Handler.Equals(handler))
                {
                    return remembered.Trie;
                }
            }
        }
        return null;
    }

    private sealed class RememberedAppend(BotoEventHandler handler, EventHandlerSection section, EventHandlerTrie trie)
    {
        public BotoEventHandler Handler { get; } = handler;

        public EventHandlerSection Section { get; } = section;

        public EventHandlerTrie Trie { get; } = trie;
    }

    /// <summary>
    /// Every handler that applies to <paramref name="key"/>, most specific first, computed once per trie. The walk
    /// is botocore's: a stack where the exact child is pushed after the wildcard child (so it is explored first),
    /// and each visited node's handlers are prepended, which puts wildcard branches ahead of exact ones.
    /// </summary>
    public BotoEventHandler[] PrefixSearch(string key)
    {
        var lookups = _lookups ?? Interlocked.CompareExchange(ref _lookups, new(MaxRemembered, StringComparer.Ordinal), null) ?? _lookups;
        if (lookups.TryGetValue(key, out var known))
        {
            return known;
        }
        var handlers = Search(key);
        lookups.Remember(key, handlers);
        return handlers;
    }

    /// <summary>
    /// Removes the first occurrence of <paramref name="handler"/> from the exact node for <paramref name="key"/>
    /// (first, then middle, then last list). Null when the key has no node, as botocore's trie raising
    /// <c>ValueError</c> that the emitter swallows; otherwise the changed trie.
    /// </summary>
    public EventHandlerTrie? Remove(string key, BotoEventHandler? handler)
    {
        var root = Remove(_root, key.Split('.'), handler, 0);
        return root is null ? null : new EventHandlerTrie(root);
    }

    private BotoEventHandler[] Search(string key)
    {
        var parts = key.Split('.');
        var collected = new List<BotoEventHandler>();
        // Two plain lists as the stack: a Stack of (node, index) tuples is framework code no ReadyToRun image holds.
        var nodes = new List<Node> { _root };
        var indexes = new List<int> { 0 };
        while (nodes.Count > 0)
        {
            var node = nodes[^1];
            var index = indexes[^1];
            nodes.RemoveAt(nodes.Count - 1);
            indexes.RemoveAt(indexes.Count - 1);
            if (node.Values is { } values)
            {
                // Prepending the node's whole first+middle+last run keeps its internal order while putting it
                // ahead of everything collected so far.
                collected.InsertRange(0, values.All());
            }
            if (index == parts.Length)
            {
                continue;
            }
            if (node.Children.TryGetValue("*", out var wildcard))
            {
                nodes.Add(wildcard);
                indexes.Add(index + 1);
            }
            if (node.Children.TryGetValue(parts[index], out var direct))
            {
                nodes.Add(direct);
                indexes.Add(index + 1);
            }
        }
        return collected.ToArray();
    }

    private static Node Append(Node node, string[] parts, int index, BotoEventHandler handler, EventHandlerSection section)
    {
        if (index == parts.Length)
        {
            return node.WithValues((node.Values ?? NodeLists.None).Add(section, handler));
        }
        var child = node.Children.TryGetValue(parts[index], out var existing) ? existing : Node.Blank;
        return node.WithChild(parts[index], Append(child, parts, index + 1, handler, section));
    }

    // Null when the path does not exist; otherwise the new node (null children are pruned by the caller).
    private static Node? Remove(Node current, string[] parts, BotoEventHandler? handler, int index)
    {
        if (index >= parts.Length)
        {
            return current;
        }
        if (!current.Children.TryGetValue(parts[index], out var next))
        {
            return null;
        }
        var changed = Remove(next, parts, handler, index + 1);
        if (changed is null)
        {
            return null;
        }
        if (index == parts.Length - 1 && handler is not null && changed.Values is { } values)
        {
            // botocore fails with a TypeError when the exact node never held handlers; we treat it as "nothing to remove".
            changed = changed.WithValues(values.RemoveFirst(handler));
        }
        // Pruning a dead leaf keeps later lookups of unknown names short, as botocore does.
        return changed.Children.Count == 0 && changed.Values is null
            ? current.WithoutChild(parts[index])
            : current.WithChild(parts[index], changed);
    }

    /// <summary>One node; never changed once built (a change builds a new node).</summary>
    private sealed class Node
    {
        private static readonly Dictionary<string, Node> s_noChildren = new(StringComparer.Ordinal);

        private Node(Dictionary<string, Node> children, NodeLists? values)
        {
            Children = children;
            Values = values;
        }

        public static Node Blank { get; } = new(s_noChildren, null);

        public Dictionary<string, Node> Children { get; }

        // Null until a handler is registered here; stays (possibly empty) after its handlers are removed, as botocore's.
        public NodeLists? Values { get; }

        public Node WithValues(NodeLists values) => new(Children, values);

        public Node WithChild(string part, Node child) =>
            new(new Dictionary<string, Node>(Children, StringComparer.Ordinal) { [part] = child }, Values);

        public Node WithoutChild(string part)
        {
            var children = new Dictionary<string, Node>(Children, StringComparer.Ordinal);
            children.Remove(part);
            return new(children, Values);
        }
    }

    /// <summary>A node's three handler lists, immutable.</summary>
    private sealed class NodeLists
    {
        private NodeLists(BotoEventHandler[] first, BotoEventHandler[] middle, BotoEventHandler[] last)
        {
            First = first;
            Middle = middle;
            Last = last;
        }

        public static NodeLists None { get; } = new([], [], []);

        private BotoEventHandler[] First { get; }

        private BotoEventHandler[] Middle { get; }

        private BotoEventHandler[] Last { get; }

        public IEnumerable<BotoEventHandler> All() => First.Concat(Middle).Concat(Last);

        public NodeLists Add(EventHandlerSection section, BotoEventHandler handler) => section switch
        {
            EventHandlerSection.First => new([.. First, handler], Middle, Last),
            EventHandlerSection.Last => new(First, Middle, [.. Last, handler]),
            _ => new(First, [.. Middle, handler], Last),
        };

        // List<T>.Remove's rule: the first equal delegate, searched in the first, then middle, then last list.
        public NodeLists RemoveFirst(BotoEventHandler handler) =>
            Array.IndexOf(First, handler) is var f and >= 0 ? new(Without(First, f), Middle, Last)
            : Array.IndexOf(Middle, handler) is var m and >= 0 ? new(First, Without(Middle, m), Last)
            : Array.IndexOf(Last, handler) is var l and >= 0 ? new(First, Middle, Without(Last, l))
            : this;

        private static BotoEventHandler[] Without(BotoEventHandler[] handlers, int index) =>
            [.. handlers.AsSpan(0, index), .. handlers.AsSpan(index + 1)];
    }
}
