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
        _foundWith = null;
    }

    public bool ContainsKey(string key) => _byName.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Shape value) => _byName.TryGetValue(key, out value);

    // Up to this many members, the name strings a lookup was made with are remembered by position.
    private const int MaxRemembered = 16;

    // The string object each member was last found with (generated code names members with the same literal on
    // every call), so a typed writer's lookups are reference compares instead of hashing the name.
    private string?[]? _foundWith;

    /// <summary>
    /// <see cref="TryGetValue"/> for a name given as the same string object call after call (a literal): the same
    /// answer, found by reference after the first time.
    /// </summary>
    public bool TryGetByLiteral(string key, [MaybeNullWhen(false)] out Shape value)
    {
        if (_foundWith is { } foundWith)
        {
            for (var i = 0; i < foundWith.Length; i++)
            {
                if (ReferenceEquals(foundWith[i], key))
                {
                    value = _ordered[i].Value;
                    return true;
                }
            }
        }
        if (!_byName.TryGetValue(key, out value))
        {
            return false;
        }
        if (_ordered.Count <= MaxRemembered)
        {
            // Races only write the same name (or an equal one) to its own member's slot.
            foundWith = _foundWith ??= new string?[_ordered.Count];
            for (var i = 0; i < _ordered.Count; i++)
            {
                if (_ordered[i].Key == key)
                {
                    foundWith[i] = key;
                    break;
                }
            }
        }
        return true;
    }

    public IEnumerator<KeyValuePair<string, Shape>> GetEnumerator() => _ordered.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
