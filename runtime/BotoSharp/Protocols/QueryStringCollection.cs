using System.Collections;
using BotoSharp.Http;

namespace BotoSharp.Protocols;

/// <summary>
/// The query string of a serialized request, as botocore's <c>query_string</c> dict: each key holds one value or a
/// list (sent as the key repeated), keys keep insertion order, and setting a key again replaces its values in place
/// (a later <c>querystring</c> member overwrites a map-merged key of the same name, as Python's dict update does).
/// </summary>
public sealed class QueryStringCollection : IEnumerable<KeyValuePair<string, IReadOnlyList<string>>>
{
    private readonly List<KeyValuePair<string, IReadOnlyList<string>>> _entries = new();
    // Made on the first key: most requests (every JSON and query-protocol one) have no query string at all.
    private Dictionary<string, int>? _index;

    /// <summary>The number of distinct keys.</summary>
    public int Count => _entries.Count;

    /// <summary>Sets a single value for a key.</summary>
    public void Set(string key, string value) => Set(key, new[] { value });

    /// <summary>Sets a list value for a key (sent as the key repeated, in order; an empty list sends nothing).</summary>
    public void Set(string key, IReadOnlyList<string> values)
    {
        _index ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (_index.TryGetValue(key, out var i))
        {
            _entries[i] = new KeyValuePair<string, IReadOnlyList<string>>(key, values);
        }
        else
        {
            _index[key] = _entries.Count;
            _entries.Add(new KeyValuePair<string, IReadOnlyList<string>>(key, values));
        }
    }

    /// <summary>The values of a key, or null when absent.</summary>
    public IReadOnlyList<string>? Get(string key) => _index is not null && _index.TryGetValue(key, out var i) ? _entries[i].Value : null;

    /// <summary>Whether the key is present.</summary>
    public bool ContainsKey(string key) => _index is not null && _index.ContainsKey(key);

    /// <summary>Every (key, value) pair with list values expanded, in order.</summary>
    public IEnumerable<KeyValuePair<string, string>> Pairs()
    {
        foreach (var (key, values) in _entries)
        {
            foreach (var value in values)
            {
                yield return new KeyValuePair<string, string>(key, value);
            }
        }
    }

    /// <summary>
    /// Encodes as botocore appends it to the URL: <c>quote</c> with only <c>-._~</c> safe (space is <c>%20</c>),
    /// pairs joined by <c>&amp;</c> in order.
    /// </summary>
    public string Encode() => AwsUriEncoding.PercentEncodeSequence(Pairs());

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, IReadOnlyList<string>>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
