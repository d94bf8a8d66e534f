using System.Collections;
using System.Runtime.InteropServices;

namespace BotoSharp.Protocols;

/// <summary>
/// HTTP headers as botocore keeps them: one value per name, names compared case-insensitively, insertion order kept
/// (the order is what a signer and a wire log see). Setting an existing name replaces its value in place.
/// </summary>
public sealed class HeaderCollection : IEnumerable<KeyValuePair<string, string>>
{
    // Up to this many headers a name is found by scanning: a request's protocol headers and most responses' fit, and
    // a per-collection dictionary cost more bytes (index object, buckets, entries) than the scan costs time.
    private const int ScanLimit = 12;

    private readonly List<KeyValuePair<string, string>> _entries;
    private Dictionary<string, int>? _index;

    /// <summary>Creates an empty collection.</summary>
    public HeaderCollection()
        : this(0)
    {
    }

    /// <summary>Creates an empty collection with room for <paramref name="capacity"/> headers (a response's, copied over).</summary>
    public HeaderCollection(int capacity)
    {
        _entries = new List<KeyValuePair<string, string>>(capacity);
        _index = capacity > ScanLimit ? new Dictionary<string, int>(capacity, StringComparer.OrdinalIgnoreCase) : null;
    }

    /// <summary>The number of headers.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets a header value (null when absent) or sets it, replacing any value of the same name.</summary>
    public string? this[string name]
    {
        get => IndexOf(name) is var i and >= 0 ? _entries[i].Value : null;
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

    /// <summary>
    /// Adds a response header line: a name already present gets <paramref name="value"/> appended after a comma (how
    /// botocore's parsers see repeated headers), in one lookup of the name.
    /// </summary>
    internal void AddLine(string name, string value)
    {
        if (_index is null)
        {
            var at = IndexOf(name);
            if (at >= 0)
            {
                _entries[at] = new KeyValuePair<string, string>(_entries[at].Key, _entries[at].Value + "," + value);
                return;
            }
            Append(name, value);
            return;
        }
        ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, name, out var exists);
        if (exists)
        {
            _entries[index] = new KeyValuePair<string, string>(_entries[index].Key, _entries[index].Value + "," + value);
            return;
        }
        index = _entries.Count;
        _entries.Add(new KeyValuePair<string, string>(name, value));
    }

    /// <summary>Sets a header, replacing the value of an existing name but keeping the name's first spelling and place.</summary>
    public void Set(string name, string value)
    {
        var i = IndexOf(name);
        if (i >= 0)
        {
            _entries[i] = new KeyValuePair<string, string>(_entries[i].Key, value);
        }
        else
        {
            Append(name, value);
        }
    }

    /// <summary>Whether a header of that name (any case) is present.</summary>
    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>Reads a header value.</summary>
    public bool TryGetValue(string name, out string value)
    {
        var i = IndexOf(name);
        if (i >= 0)
        {
            value = _entries[i].Value;
            return true;
        }
        value = string.Empty;
        return false;
    }

    /// <summary>Removes a header; returns whether it was present.</summary>
    public bool Remove(string name)
    {
        var i = IndexOf(name);
        if (i < 0)
        {
            return false;
        }
        _entries.RemoveAt(i);
        if (_index is not null)
        {
            _index.Clear();
            for (var j = 0; j < _entries.Count; j++)
            {
                _index[_entries[j].Key] = j;
            }
        }
        return true;
    }

    // The entry of a name in any case, or -1.
    private int IndexOf(string name)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(name, out var i) ? i : -1;
        }
        var entries = CollectionsMarshal.AsSpan(_entries);
        for (var i = 0; i < entries.Length; i++)
        {
            if (string.Equals(entries[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    // Adds a name known to be absent; past the scan limit the names get an index.
    private void Append(string name, string value)
    {
        if (_index is not null)
        {
            _index[name] = _entries.Count;
        }
        _entries.Add(new KeyValuePair<string, string>(name, value));
        if (_index is null && _entries.Count > ScanLimit)
        {
            _index = new Dictionary<string, int>(_entries.Count * 2, StringComparer.OrdinalIgnoreCase);
            for (var j = 0; j < _entries.Count; j++)
            {
                _index[_entries[j].Key] = j;
            }
        }
    }

    /// <summary>Copies the headers into a dictionary with lower-cased names (botocore's <c>HTTPHeaders</c>).</summary>
    public Dictionary<string, object?> ToLowerCaseDictionary()
    {
        var map = new Dictionary<string, object?>(_entries.Count, StringComparer.Ordinal);
        foreach (var (name, value) in _entries)
        {
            map[name.ToLowerInvariant()] = value;
        }
        return map;
    }

    /// <summary>Enumerates the headers, in insertion order.</summary>
    /// <remarks>A struct enumerator: <c>foreach</c> over the headers allocates nothing (the call path walks them several times per call).</remarks>
    public List<KeyValuePair<string, string>>.Enumerator GetEnumerator() => _entries.GetEnumerator();

    IEnumerator<KeyValuePair<string, string>> IEnumerable<KeyValuePair<string, string>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
