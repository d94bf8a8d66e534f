using System.Buffers;
using BotoSharp.Caching;

namespace BotoSharp.Signing;

/// <summary>
/// The headers SigV4 signs, lower-cased and sorted once by name (ordinal), repeated names kept in request order:
/// what the canonical headers and the signed-header list both walk. The entries live in a rented array.
/// </summary>
internal readonly ref struct SortedSigningHeaders
{
    private readonly Entry[] _array;

    /// <summary>Sorts <paramref name="headers"/> (lower-case names, request order) by name, keeping that order within a name.</summary>
    public SortedSigningHeaders(List<KeyValuePair<string, string>> headers)
    {
        _array = ArrayPool<Entry>.Shared.Rent(Math.Max(headers.Count, 1));
        for (var i = 0; i < headers.Count; i++)
        {
            _array[i] = new Entry(headers[i].Key, headers[i].Value, i);
        }
        Count = headers.Count;
        _array.AsSpan(0, Count).Sort(s_byNameThenOrder);
    }

    /// <summary>How many header lines.</summary>
    public int Count { get; }

    /// <summary>The sorted entries.</summary>
    public ReadOnlySpan<Entry> Entries => _array.AsSpan(0, Count);

    /// <summary>Whether a name has white space at either end, which the signed-header list trims and the canonical headers keep.</summary>
    public bool AnyNameNeedsTrim()
    {
        foreach (var entry in Entries)
        {
            if (entry.Name.Length > 0 && (char.IsWhiteSpace(entry.Name[0]) || char.IsWhiteSpace(entry.Name[^1])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose() => ArrayPool<Entry>.Shared.Return(_array, clearArray: true);

    /// <summary>
    /// <paramref name="name"/> lower-cased like <see cref="string.ToLowerInvariant()"/>; names that need a change are
    /// remembered (a client sends the same few header names on every call).
    /// </summary>
    public static string LowerName(string name)
    {
        var needsChange = false;
        foreach (var c in name)
        {
            if (c >= 0x80 || char.IsAsciiLetterUpper(c))
            {
                needsChange = true;
                break;
            }
        }
        if (!needsChange)
        {
            return name;
        }
        if (s_lowerNames.TryGetValue(name, out var lower))
        {
            return lower;
        }
        lower = name.ToLowerInvariant();
        // Bounded: user metadata names are unbounded, the usual names are a few dozen.
        s_lowerNames.Remember(name, lower);
        return lower;
    }

    private const int MaxRememberedNames = 512;
    private static readonly BoundedCache<string, string> s_lowerNames = new(MaxRememberedNames, StringComparer.Ordinal);

    private static readonly Comparison<Entry> s_byNameThenOrder = static (a, b) =>
    {
        var byName = string.CompareOrdinal(a.Name, b.Name);
        return byName != 0 ? byName : a.Order.CompareTo(b.Order);
    };

    /// <summary>One header line: lower-case name, value, position in the request.</summary>
    internal readonly record struct Entry(string Name, string Value, int Order);
}
