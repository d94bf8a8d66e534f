namespace BotoSharp.Auth;

/// <summary>
/// The default credential cache, botocore's plain <c>{}</c>: entries live as long as the session's chain. Values
/// are deep-copied in and out, as botocore's fetcher does, so a caller cannot change a cached response.
/// </summary>
public sealed class InMemoryCredentialCache : ICredentialCache
{
    private readonly Dictionary<string, Dictionary<string, object?>> _entries = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    /// <inheritdoc/>
    public bool Contains(string key)
    {
        lock (_lock)
        {
            return _entries.ContainsKey(key);
        }
    }

    /// <inheritdoc/>
    public Dictionary<string, object?> Get(string key)
    {
        lock (_lock)
        {
            return _entries.TryGetValue(key, out var value) ? PlainValues.DeepCopy(value) : throw new KeyNotFoundException(key);
        }
    }

    /// <inheritdoc/>
    public void Set(string key, Dictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_lock)
        {
            _entries[key] = PlainValues.DeepCopy(value);
        }
    }
}
