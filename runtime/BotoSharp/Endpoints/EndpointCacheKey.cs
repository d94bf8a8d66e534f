using BotoSharp.Endpoints.Library;

namespace BotoSharp.Endpoints;

/// <summary>
/// A parameter set as a cache key: names sorted, string arrays compared by content. Order does not change a
/// result (only the text of errors, which are never cached).
/// </summary>
internal sealed class EndpointCacheKey : IEquatable<EndpointCacheKey>
{
    private readonly KeyValuePair<string, object?>[] _entries;
    private readonly int _hash;

    /// <summary>Snapshots the parameters.</summary>
    public EndpointCacheKey(IReadOnlyDictionary<string, object?> parameters)
    {
        _entries = new KeyValuePair<string, object?>[parameters.Count];
        var i = 0;
        foreach (var (name, value) in parameters)
        {
            // Lists are copied so a caller mutating its list later cannot corrupt the cache.
            var snapshot = value is string or bool or null ? value : PythonText.AsStringArray(value) ?? value;
            _entries[i++] = new(name, snapshot);
        }
        SortByName(_entries);
        var hash = new HashCode();
        foreach (var (name, value) in _entries)
        {
            hash.Add(name);
            hash.Add(ValueHash(value));
        }
        _hash = hash.ToHashCode();
    }

    // An insertion sort (a call has a handful of parameters, names distinct): Array.Sort over these pairs is framework
    // code no ReadyToRun image holds, JIT-compiled by every process's first endpoint resolution.
    private static void SortByName(KeyValuePair<string, object?>[] entries)
    {
        for (var i = 1; i < entries.Length; i++)
        {
            var current = entries[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(entries[j].Key, current.Key) > 0)
            {
                entries[j + 1] = entries[j];
                j--;
            }
            entries[j + 1] = current;
        }
    }

    /// <inheritdoc />
    public bool Equals(EndpointCacheKey? other)
    {
        if (other is null || other._hash != _hash || other._entries.Length != _entries.Length)
        {
            return false;
        }
        for (var i = 0; i < _entries.Length; i++)
        {
            if (!string.Equals(_entries[i].Key, other._entries[i].Key, StringComparison.Ordinal)
                || !ValueEquals(_entries[i].Value, other._entries[i].Value))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EndpointCacheKey);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    private static int ValueHash(object? value)
    {
        if (value is string[] array)
        {
            var hash = new HashCode();
            foreach (var item in array)
            {
                hash.Add(item);
            }
            return hash.ToHashCode();
        }
        return value?.GetHashCode() ?? 0;
    }

    private static bool ValueEquals(object? a, object? b)
    {
        if (a is string[] x && b is string[] y)
        {
            return x.AsSpan().SequenceEqual(y);
        }
        // Booleans compare by value and type, so "True" never equals true.
        return Equals(a, b) && (a is null || a.GetType() == b!.GetType());
    }
}
