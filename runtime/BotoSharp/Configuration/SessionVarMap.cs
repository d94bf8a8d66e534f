using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace BotoSharp.Configuration;

/// <summary>
/// botocore's <c>SessionVarDict</c>: the session's variable table. Setting an entry also rebuilds that
/// variable's provider chain in the session's <c>config_store</c> (removing an entry does not).
/// </summary>
public sealed class SessionVarMap : IDictionary<string, SessionVariable>
{
    private readonly Dictionary<string, SessionVariable> _store;
    private readonly Action<string, SessionVariable> _onSet;

    internal SessionVarMap(IReadOnlyDictionary<string, SessionVariable> initial, Action<string, SessionVariable> onSet)
    {
        _store = new Dictionary<string, SessionVariable>(initial, StringComparer.Ordinal);
        _onSet = onSet;
    }

    /// <summary>Gets an entry, or sets it and rebuilds its chain in the config store.</summary>
    public SessionVariable this[string key]
    {
        get => _store[key];
        set
        {
            _store[key] = value;
            _onSet(key, value);
        }
    }

    /// <inheritdoc/>
    public ICollection<string> Keys => _store.Keys;

    /// <inheritdoc/>
    public ICollection<SessionVariable> Values => _store.Values;

    /// <inheritdoc/>
    public int Count => _store.Count;

    /// <inheritdoc/>
    public bool IsReadOnly => false;

    /// <inheritdoc/>
    public void Add(string key, SessionVariable value) => this[key] = value;

    /// <inheritdoc/>
    public void Add(KeyValuePair<string, SessionVariable> item) => this[item.Key] = item.Value;

    /// <summary>Sets every entry of <paramref name="entries"/> in order, as Python's <c>dict.update</c>.</summary>
    public void Update(IEnumerable<KeyValuePair<string, SessionVariable>> entries)
    {
        foreach (var (key, value) in entries)
        {
            this[key] = value;
        }
    }

    /// <inheritdoc/>
    public void Clear() => _store.Clear();

    /// <inheritdoc/>
    public bool Contains(KeyValuePair<string, SessionVariable> item) => ((ICollection<KeyValuePair<string, SessionVariable>>)_store).Contains(item);

    /// <inheritdoc/>
    public bool ContainsKey(string key) => _store.ContainsKey(key);

    /// <inheritdoc/>
    public void CopyTo(KeyValuePair<string, SessionVariable>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, SessionVariable>>)_store).CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, SessionVariable>> GetEnumerator() => _store.GetEnumerator();

    /// <inheritdoc/>
    public bool Remove(string key) => _store.Remove(key);

    /// <inheritdoc/>
    public bool Remove(KeyValuePair<string, SessionVariable> item) => ((ICollection<KeyValuePair<string, SessionVariable>>)_store).Remove(item);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SessionVariable value) => _store.TryGetValue(key, out value);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
