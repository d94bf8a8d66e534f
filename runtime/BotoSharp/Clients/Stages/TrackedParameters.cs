using System.Collections;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// The typed path's captured top level as handed to builtin parameter rows: a dictionary that remembers which keys a
/// row wrote, so that a row's change can be carried to the full parameters in the order botocore's dictionary has it
/// (a replaced key keeps its place, an added key goes last).
/// </summary>
internal sealed class TrackedParameters : IDictionary<string, object?>
{
    private readonly Dictionary<string, object?> _inner;
    private List<string>? _written;

    public TrackedParameters(Dictionary<string, object?> inner)
    {
        _inner = inner;
    }

    /// <summary>The keys written, in order (null when none was).</summary>
    public IReadOnlyList<string>? Written => _written;

    public object? this[string key]
    {
        get => _inner[key];
        set
        {
            _inner[key] = value;
            Record(key);
        }
    }

    public ICollection<string> Keys => _inner.Keys;

    public ICollection<object?> Values => _inner.Values;

    public int Count => _inner.Count;

    public bool IsReadOnly => false;

    public void Add(string key, object? value)
    {
        _inner.Add(key, value);
        Record(key);
    }

    public void Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    public void Clear()
    {
        foreach (var key in _inner.Keys)
        {
            Record(key);
        }
        _inner.Clear();
    }

    public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_inner).Contains(item);

    public bool ContainsKey(string key) => _inner.ContainsKey(key);

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, object?>>)_inner).CopyTo(array, arrayIndex);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _inner.GetEnumerator();

    public bool Remove(string key)
    {
        Record(key);
        return _inner.Remove(key);
    }

    public bool Remove(KeyValuePair<string, object?> item)
    {
        Record(item.Key);
        return ((ICollection<KeyValuePair<string, object?>>)_inner).Remove(item);
    }

    public bool TryGetValue(string key, out object? value) => _inner.TryGetValue(key, out value);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Applies the written keys to <paramref name="full"/>: set where present here, removed where not.</summary>
    public void ApplyTo(Dictionary<string, object?> full)
    {
        foreach (var key in _written!)
        {
            if (_inner.TryGetValue(key, out var value))
            {
                full[key] = value;
            }
            else
            {
                full.Remove(key);
            }
        }
    }

    private void Record(string key) => (_written ??= new List<string>()).Add(key);
}
