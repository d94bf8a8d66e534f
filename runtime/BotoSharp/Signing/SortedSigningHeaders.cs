using BotoSharp.Caching;

namespace BotoSharp.Signing;

/// <summary>
/// The headers SigV4 signs, lower-cased and sorted once by name (ordinal), repeated names kept in request order:
/// what the canonical headers and the signed-header list both walk. The entries live in the thread's spare array.
/// </summary>
internal readonly ref struct SortedSigningHeaders
{
    // The thread's entry array, taken while one signature is being written and given back by Dispose. Our own array
    // and sort rather than ArrayPool<Entry> and Span.Sort: those are framework generics over this struct that no
    // ReadyToRun image holds, so every process JIT-compiled ~20 methods of them for its first signature.
    [ThreadStatic]
    private static Entry[]? t_spare;

    private readonly Entry[] _array;

    /// <summary>Sorts <paramref name="headers"/> (lower-case names, request order) by name, keeping that order within a name.</summary>
    public SortedSigningHeaders(List<KeyValuePair<string, string>> headers)
    {
        var array = t_spare;
        t_spare = null;
        if (array is null || array.Length < headers.Count)
        {
            array = new Entry[Math.Max(headers.Count, 16)];
        }
        for (var i = 0; i < headers.Count; i++)
        {
            array[i] = new Entry(headers[i].Key, headers[i].Value);
        }
        _array = array;
        Count = headers.Count;
        SortByName(array, Count);
    }

    /// <summary>How many header lines.</summary>
    public int Count { get; }

    /// <summary>The <paramref name="index"/>th entry in sorted order.</summary>
    public Entry this[int index] => _array[index];

    /// <summary>Whether a name has white space at either end, which the signed-header list trims and the canonical headers keep.</summary>
    public bool AnyNameNeedsTrim()
    {
        for (var i = 0; i < Count; i++)
        {
            var name = _array[i].Name;
            if (name.Length > 0 && (char.IsWhiteSpace(name[0]) || char.IsWhiteSpace(name[^1])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Gives the array back to the thread (cleared, so it keeps no request's values alive).</summary>
    public void Dispose()
    {
        Array.Clear(_array, 0, Count);
        t_spare = _array;
    }

    // A stable insertion sort by ordinal name: a request signs a dozen headers or so, mostly in near order, and
    // stability keeps a repeated name's values in request order.
    private static void SortByName(Entry[] entries, int count)
    {
        for (var i = 1; i < count; i++)
        {
            var current = entries[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(entries[j].Name, current.Name) > 0)
            {
                entries[j + 1] = entries[j];
                j--;
            }
            entries[j + 1] = current;
        }
    }

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

    /// <summary>One header line: lower-case name and value.</summary>
    internal readonly record struct Entry(string Name, string Value);
}
