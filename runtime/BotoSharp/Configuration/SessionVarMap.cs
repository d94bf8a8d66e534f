using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace BotoSharp.Configuration;

/// <summary>
/// botocore's <c>SessionVarDict</c>: the session's variable table. Setting an entry also rebuilds that
/// variable's provider chain in the session's <c>config_store</c> (removing an entry does not). It reads the
/// process-wide default table until its first change, then works on its own copy (as botocore's <c>copy.copy</c>).
/// </summary>
public sealed class SessionVarMap : IDictionary<string, SessionVariable>
{
    private readonly IReadOnlyDictionary<string, SessionVariable> _initial;
    // The session whose config store a set entry rebuilds (the session itself, not a delegate to it: one object less per session).
    private readonly Session _owner;
    private Dictionary<string, SessionVariable>? _own;

    internal SessionVarMap(IReadOnlyDictionary<string, SessionVariable> initial, Session owner)
    {
        _initial = initial;
        _owner = owner;
    }

    // The entries to read; Own() before any change (and for the ICollection views, which callers may hold on to).
    private IReadOnlyDictionary<string, SessionVariable> Current => _own ?? _initial;

    private Dictionary<string, SessionVariable> Own() => _own ??= new Dictionary<string, SessionVariable>(_initial, StringComparer.Ordinal);

    /// <summary>Gets an entry, or sets it and rebuilds its chain in the config store.</summary>
    public SessionVariable this[string key]
    {
        get => Current[key];
        set
        {
            Own()[key] = value;
            _owner.UpdateConfigStoreFromSessionVar(key, value);
        }
    }

    /// <inheritdoc/>
    public ICollection<string> Keys => Own().Keys;

    /// <inheritdoc/>
    public ICollection<SessionVariable> Values => Own().Values;

    /// <inheritdoc/>
    public int Count => Current.Count;

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
    public void Clear() => Own().Clear();

    /// <inheritdoc/>
    public bool Contains(KeyValuePair<string, SessionVariable> item) => ((ICollection<KeyValuePair<string, SessionVariable>>)Own()).Contains(item);

    /// <inheritdoc/>
    public bool ContainsKey(string key) => Current.ContainsKey(key);

    /// <inheritdoc/>
    public void CopyTo(KeyValuePair<string, SessionVariable>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, SessionVariable>>)Own()).CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, SessionVariable>> GetEnumerator() => Current.GetEnumerator();

    /// <inheritdoc/>
    public bool Remove(string key) => Own().Remove(key);

    /// <inheritdoc/>
    public bool Remove(KeyValuePair<string, SessionVariable> item) => ((ICollection<KeyValuePair<string, SessionVariable>>)Own()).Remove(item);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SessionVariable value) => Current.TryGetValue(key, out value);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
