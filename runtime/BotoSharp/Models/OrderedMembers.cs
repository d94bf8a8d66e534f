using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace BotoSharp.Models;

/// <summary>
/// A read-only name → shape map that enumerates in insertion (model) order, which serializers rely on: botocore walks
/// members in the order the JSON model lists them, and some wire formats (XML) are order-sensitive.
/// </summary>
internal sealed class OrderedMembers : IReadOnlyDictionary<string, Shape>
{
    private readonly Dictionary<string, Shape> _byName = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, Shape>> _ordered = new();

    public Shape this[string key] => _byName[key];

    public IEnumerable<string> Keys => _ordered.Select(p => p.Key);

    public IEnumerable<Shape> Values => _ordered.Select(p => p.Value);

    public int Count => _ordered.Count;

    public void Add(string name, Shape shape)
    {
        _byName.Add(name, shape);
        _ordered.Add(new KeyValuePair<string, Shape>(name, shape));
    }

    public bool ContainsKey(string key) => _byName.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Shape value) => _byName.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, Shape>> GetEnumerator() => _ordered.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
