using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace BotoSharp.Events;

/// <summary>
/// The argument dictionary one handler of an emit receives: Python's <c>handler(**kwargs)</c> gives every handler a
/// dictionary of its own, so a handler that rebinds a key is not seen by the next one, while changes made inside the
/// values (<c>params</c>, <c>request</c>…) are. This view reads the emit's shared arguments and copies them only when
/// its handler writes a key, which the builtin handlers never do; an emit to many handlers then costs one small
/// object per handler instead of one dictionary each.
/// </summary>
internal sealed class HandlerArguments : IDictionary<string, object?>
{
    private readonly IDictionary<string, object?> _shared;
    private Dictionary<string, object?>? _own;

    public HandlerArguments(IDictionary<string, object?> shared)
    {
        _shared = shared;
    }

    private IDictionary<string, object?> Read => _own ?? _shared;

    private Dictionary<string, object?> Write => _own ??= _shared is EmitArguments arguments
        ? arguments.ToDictionary()
        : new Dictionary<string, object?>(_shared, StringComparer.Ordinal);

    public object? this[string key]
    {
        get => Read[key];
        set => Write[key] = value;
    }

    public ICollection<string> Keys => Read.Keys;

    public ICollection<object?> Values => Read.Values;

    public int Count => Read.Count;

    public bool IsReadOnly => false;

    public void Add(string key, object? value) => Write.Add(key, value);

    public void Add(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)Write).Add(item);

    public void Clear() => Write.Clear();

    public bool Contains(KeyValuePair<string, object?> item) => Read.Contains(item);

    public bool ContainsKey(string key) => Read.ContainsKey(key);

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) => Read.CopyTo(array, arrayIndex);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Read.GetEnumerator();

    public bool Remove(string key) => Write.Remove(key);

    public bool Remove(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)Write).Remove(item);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => Read.TryGetValue(key, out value);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
