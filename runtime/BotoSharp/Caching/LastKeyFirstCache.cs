using System.Diagnostics.CodeAnalysis;

namespace BotoSharp.Caching;

/// <summary>
/// A <see cref="BoundedCache{TKey, TValue}"/> that compares a lookup with the last key it answered before hashing:
/// for keys made of several strings that are mostly the same objects from one client creation to the next (the
/// user-agent inputs, the legacy endpoint inputs), equality is cheaper than the dictionary's hash of every string.
/// </summary>
internal sealed class LastKeyFirstCache<TKey, TValue>(int limit)
    where TKey : class
    where TValue : class
{
    private readonly BoundedCache<TKey, TValue> _entries = new(limit);
    // The last key and its answer as one object, so a reader never pairs one key with another's answer.
    private Answer? _last;

    /// <summary>The remembered answer for <paramref name="key"/>.</summary>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (Volatile.Read(ref _last) is { } last && last.Key.Equals(key))
        {
            value = last.Value;
            return true;
        }
        if (!_entries.TryGetValue(key, out value))
        {
            return false;
        }
        Volatile.Write(ref _last, new Answer(key, value));
        return true;
    }

    /// <summary>Remembers <paramref name="value"/> (unless the cache is full) and makes it the last answer.</summary>
    public void Remember(TKey key, TValue value)
    {
        _entries.Remember(key, value);
        Volatile.Write(ref _last, new Answer(key, value));
    }

    private sealed record Answer(TKey Key, TValue Value);
}
