using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace BotoSharp.Caching;

/// <summary>
/// A thread-safe memo that remembers at most a fixed number of answers (the process-wide caches of names, keys and
/// texts whose inputs a caller can make unbounded). It counts its own entries: <c>ConcurrentDictionary.Count</c>
/// takes every lock, and its first call builds the collections' ETW <c>EventSource</c> by reflection, about ten
/// milliseconds of a cold process that a creation path checking a bound would otherwise pay.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int limit, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
    where TValue : class
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);
    private int _count;

    /// <summary>How many entries are remembered (never more than the limit, give or take racing adds).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The remembered answer for <paramref name="key"/>.</summary>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _entries.TryGetValue(key, out value);

    /// <summary>Remembers <paramref name="value"/> unless the cache is full or the key is already there.</summary>
    public void Remember(TKey key, TValue value)
    {
        if (Volatile.Read(ref _count) < limit && _entries.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }
    }

    /// <summary>Remembers <paramref name="value"/>, forgetting everything first when the cache is full.</summary>
    public void RememberOrReset(TKey key, TValue value)
    {
        if (Volatile.Read(ref _count) >= limit)
        {
            _entries.Clear();
            Volatile.Write(ref _count, 0);
        }
        Remember(key, value);
    }

    /// <summary>The remembered answer for <paramref name="key"/>, or <paramref name="value"/> remembered (so racing
    /// callers agree on one answer); the caller checks <see cref="Count"/> against the limit first.</summary>
    public TValue GetOrRemember(TKey key, TValue value)
    {
        var kept = _entries.GetOrAdd(key, value);
        if (ReferenceEquals(kept, value))
        {
            Interlocked.Increment(ref _count);
        }
        return kept;
    }
}
