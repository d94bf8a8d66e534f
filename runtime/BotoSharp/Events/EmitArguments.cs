using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace BotoSharp.Events;

/// <summary>
/// Event arguments built for one emit and handed over to the emitter: <see cref="HierarchicalEmitter"/> adds
/// <c>event_name</c> to this map and passes it on instead of copying it first, as it does for arguments a caller may
/// still hold. The call path builds one per emitted event.
/// </summary>
/// <remarks>
/// A handful of keys, read by name: they are kept in one array in insertion order and found by a linear search,
/// which costs less than half of a <see cref="Dictionary{TKey,TValue}"/>'s buckets and entries. Everything a
/// dictionary could answer differently (a removal, which lets a later key take the freed slot; enumeration and its
/// checks against changes; the key and value collections) first moves the arguments into a real
/// <see cref="Dictionary{TKey,TValue}"/> in the same order and answers from it from then on, and a missing or
/// repeated key throws from a dictionary too, so handlers see a dictionary's answers and exceptions exactly.
/// </remarks>
internal sealed class EmitArguments : IDictionary<string, object?>
{
    // Lookups on an empty dictionary never change it, so one serves every thread for the missing-key exception.
    private static readonly Dictionary<string, object?> s_empty = new(StringComparer.Ordinal);

    private KeyValuePair<string, object?>[] _entries;
    private int _count;
    private Dictionary<string, object?>? _dictionary;

    /// <summary>Room for <paramref name="count"/> arguments and <c>event_name</c>.</summary>
    public EmitArguments(int count)
    {
        _entries = new KeyValuePair<string, object?>[count + 1];
    }

    public object? this[string key]
    {
        get
        {
            if (_dictionary is { } dictionary)
            {
                return dictionary[key];
            }
            var index = IndexOf(key);
            return index >= 0 ? _entries[index].Value : s_empty[key];
        }
        set
        {
            if (_dictionary is { } dictionary)
            {
                dictionary[key] = value;
                return;
            }
            var index = IndexOf(key);
            if (index >= 0)
            {
                _entries[index] = new KeyValuePair<string, object?>(key, value);
            }
            else
            {
                Append(key, value);
            }
        }
    }

    public int Count => _dictionary?.Count ?? _count;

    public bool IsReadOnly => false;

    public ICollection<string> Keys => AsDictionary().Keys;

    public ICollection<object?> Values => AsDictionary().Values;

    public void Add(string key, object? value)
    {
        if (_dictionary is { } dictionary)
        {
            dictionary.Add(key, value);
            return;
        }
        if (IndexOf(key) >= 0)
        {
            // The dictionary's own exception and text for a repeated key.
            new Dictionary<string, object?>(1, StringComparer.Ordinal) { [key] = null }.Add(key, value);
        }
        Append(key, value);
    }

    public void Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    public bool ContainsKey(string key) => _dictionary?.ContainsKey(key) ?? IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (_dictionary is { } dictionary)
        {
            return dictionary.TryGetValue(key, out value);
        }
        var index = IndexOf(key);
        if (index >= 0)
        {
            value = _entries[index].Value;
            return true;
        }
        value = null;
        return false;
    }

    public bool Remove(string key) => AsDictionary().Remove(key);

    public bool Remove(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)AsDictionary()).Remove(item);

    public void Clear() => AsDictionary().Clear();

    public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)AsDictionary()).Contains(item);

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object?>>)AsDictionary()).CopyTo(array, arrayIndex);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => AsDictionary().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A new dictionary holding these arguments in their order (a handler's own copy).</summary>
    public Dictionary<string, object?> ToDictionary()
    {
        if (_dictionary is { } dictionary)
        {
            return new Dictionary<string, object?>(dictionary, StringComparer.Ordinal);
        }
        var copy = new Dictionary<string, object?>(_count, StringComparer.Ordinal);
        for (var i = 0; i < _count; i++)
        {
            copy.Add(_entries[i].Key, _entries[i].Value);
        }
        return copy;
    }

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private void Append(string key, object? value)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, Math.Max(4, _count * 2));
        }
        _entries[_count++] = new KeyValuePair<string, object?>(key, value);
    }

    // From here on a real dictionary answers; filled in insertion order, it enumerates as one that saw the same adds.
    private Dictionary<string, object?> AsDictionary()
    {
        if (_dictionary is null)
        {
            _dictionary = ToDictionary();
            _entries = Array.Empty<KeyValuePair<string, object?>>();
            _count = 0;
        }
        return _dictionary;
    }
}
