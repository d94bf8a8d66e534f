using System.Collections;

namespace BotoSharp.Http;

/// <summary>
/// Ordered, case-insensitive HTTP headers that keep repeated names, like botocore's <c>HTTPHeaders</c>.
/// </summary>
/// <remarks>
/// Order and duplicates matter: SigV4 joins repeated values with <c>,</c> in the order they were added, and the
/// transport writes headers in insertion order. Lookups ignore case because HTTP header names do.
/// </remarks>
public sealed class HttpHeaderList : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _items;

    /// <summary>Creates an empty header list.</summary>
    public HttpHeaderList()
        : this(0)
    {
    }

    // Sized up front where the number of lines is about known (a response's headers, an attempt's copy).
    internal HttpHeaderList(int capacity)
    {
        _items = new List<KeyValuePair<string, string>>(capacity);
    }

    /// <summary>Number of header lines, duplicates included.</summary>
    public int Count => _items.Count;

    /// <summary>The first value of <paramref name="name"/>, or null when absent; setting replaces every value.</summary>
    public string? this[string name]
    {
        get => TryGetValue(name, out var value) ? value : null;
        set
        {
            if (value is null)
            {
                Remove(name);
            }
            else
            {
                Set(name, value);
            }
        }
    }

    /// <summary>Removes every value of <paramref name="name"/> and appends one line with <paramref name="value"/>.</summary>
    public void Set(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        Remove(name);
        _items.Add(new(name, value));
    }

    /// <summary>Appends a line, keeping existing values of the same name (botocore's <c>headers[k] = v</c> on HTTPHeaders).</summary>
    public void Add(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        _items.Add(new(name, value));
    }

    /// <summary>Removes every value of <paramref name="name"/>; returns whether any was present.</summary>
    public bool Remove(string name)
    {
        // Called by every Set: a plain scan (and no closure) when the name is absent, which is the usual case.
        var index = IndexOf(name);
        if (index < 0)
        {
            return false;
        }
        for (var i = _items.Count - 1; i >= index; i--)
        {
            if (string.Equals(_items[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                _items.RemoveAt(i);
            }
        }
        return true;
    }

    /// <summary>Whether any value of <paramref name="name"/> is present.</summary>
    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>Gets the first value of <paramref name="name"/>.</summary>
    public bool TryGetValue(string name, out string value)
    {
        var index = IndexOf(name);
        value = index >= 0 ? _items[index].Value : string.Empty;
        return index >= 0;
    }

    /// <summary>Every value of <paramref name="name"/>, in insertion order.</summary>
    public IReadOnlyList<string> GetAll(string name)
    {
        var values = new List<string>();
        foreach (var kv in _items)
        {
            if (string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                values.Add(kv.Value);
            }
        }
        return values;
    }

    /// <summary>Removes every header.</summary>
    public void Clear() => _items.Clear();

    /// <summary>A copy that can be changed without touching this list (signing a presigned URL must not alter the request).</summary>
    public HttpHeaderList Clone() => Clone(extraCapacity: 0);

    /// <summary>A copy with room for <paramref name="extraCapacity"/> more lines before it grows.</summary>
    internal HttpHeaderList Clone(int extraCapacity)
    {
        var copy = new HttpHeaderList(_items.Count + extraCapacity);
        // Added one by one: List.AddRange over these pairs has no precompiled code (JIT-compiled by every process).
        for (var i = 0; i < _items.Count; i++)
        {
            copy._items.Add(_items[i]);
        }
        return copy;
    }

    /// <summary>Enumerates the header lines, in insertion order.</summary>
    /// <remarks>A struct enumerator: <c>foreach</c> over the headers allocates nothing (the call path walks them several times per call).</remarks>
    public List<KeyValuePair<string, string>>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<KeyValuePair<string, string>> IEnumerable<KeyValuePair<string, string>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string name)
    {
        for (var i = 0; i < _items.Count; i++)
        {
            if (string.Equals(_items[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }
}
