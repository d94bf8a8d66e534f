namespace BotoSharp.Events;

/// <summary>
/// The prefix trie behind <see cref="HierarchicalEmitter"/>: one node per dot-separated part of an event name, each
/// holding first/middle/last handler lists. A <c>*</c> part matches any one part at its position.
/// </summary>
internal sealed class EventHandlerTrie
{
    private readonly Node _root;

    public EventHandlerTrie()
        : this(new Node())
    {
    }

    private EventHandlerTrie(Node root) => _root = root;

    /// <summary>Appends <paramref name="handler"/> to the <paramref name="section"/> list of the node for <paramref name="key"/>.</summary>
    public void Append(string key, BotoEventHandler handler, EventHandlerSection section)
    {
        var current = _root;
        foreach (var part in key.Split('.'))
        {
            if (!current.Children.TryGetValue(part, out var child))
            {
                child = new Node();
                current.Children.Add(part, child);
            }
            current = child;
        }
        current.Values ??= new NodeLists();
        current.Values.Get(section).Add(handler);
    }

    /// <summary>
    /// Every handler that applies to <paramref name="key"/>, most specific first. The walk is botocore's: a stack
    /// where the exact child is pushed after the wildcard child (so it is explored first), and each visited node's
    /// handlers are prepended, which puts wildcard branches ahead of exact ones in the result.
    /// </summary>
    public BotoEventHandler[] PrefixSearch(string key)
    {
        var parts = key.Split('.');
        var collected = new List<BotoEventHandler>();
        var stack = new Stack<(Node Node, int Index)>();
        stack.Push((_root, 0));
        while (stack.Count > 0)
        {
            var (node, index) = stack.Pop();
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
                stack.Push((wildcard, index + 1));
            }
            if (node.Children.TryGetValue(parts[index], out var direct))
            {
                stack.Push((direct, index + 1));
            }
        }
        return collected.ToArray();
    }

    /// <summary>
    /// Removes the first occurrence of <paramref name="handler"/> from the exact node for <paramref name="key"/>
    /// (first, then middle, then last list). Returns false when the key has no node, as botocore's trie raising
    /// <c>ValueError</c> that the emitter swallows.
    /// </summary>
    public bool Remove(string key, BotoEventHandler? handler)
    {
        var parts = key.Split('.');
        return Remove(_root, parts, handler, 0);
    }

    private static bool Remove(Node current, string[] parts, BotoEventHandler? handler, int index)
    {
        if (index >= parts.Length)
        {
            return true;
        }
        if (!current.Children.TryGetValue(parts[index], out var next))
        {
            return false;
        }
        var found = Remove(next, parts, handler, index + 1);
        if (index == parts.Length - 1 && handler is not null && next.Values is { } values)
        {
            // botocore fails with a TypeError when the exact node never held handlers; we treat it as "nothing to remove".
            _ = values.First.Remove(handler) || values.Middle.Remove(handler) || values.Last.Remove(handler);
        }
        if (next.Children.Count == 0 && next.Values is null)
        {
            // Pruning a dead leaf keeps later lookups of unknown names short, as botocore does.
            current.Children.Remove(parts[index]);
        }
        return found;
    }

    /// <summary>A copy of the structure: new nodes and new handler lists, the same handler delegates.</summary>
    public EventHandlerTrie Copy() => new(_root.Copy());

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public NodeLists? Values { get; set; }

        public Node Copy()
        {
            var copy = new Node { Values = Values?.Copy() };
            foreach (var (part, child) in Children)
            {
                copy.Children.Add(part, child.Copy());
            }
            return copy;
        }
    }

    private sealed class NodeLists
    {
        public List<BotoEventHandler> First { get; private init; } = new();

        public List<BotoEventHandler> Middle { get; private init; } = new();

        public List<BotoEventHandler> Last { get; private init; } = new();

        public List<BotoEventHandler> Get(EventHandlerSection section) => section switch
        {
            EventHandlerSection.First => First,
            EventHandlerSection.Last => Last,
            _ => Middle,
        };

        public IEnumerable<BotoEventHandler> All() => First.Concat(Middle).Concat(Last);

        public NodeLists Copy() => new() { First = new(First), Middle = new(Middle), Last = new(Last) };
    }
}
