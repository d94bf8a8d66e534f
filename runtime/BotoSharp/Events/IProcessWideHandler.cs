namespace BotoSharp.Events;

/// <summary>
/// The target of a handler that one object serves for every client of the process (it holds no client's state), so
/// the handler trie may remember appending it: the clients registering it share one trie and its lookup cache.
/// Handlers of static methods need no marker.
/// </summary>
internal interface IProcessWideHandler
{
    /// <summary>Whether this instance is the shared one (the same type may also have per-client instances).</summary>
    bool IsProcessWide { get; }
}
