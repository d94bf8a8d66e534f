namespace BotoSharp.Configuration;

/// <summary>
/// A per-parse string pool for the INI reader: option names and short values repeat across the profiles of one file
/// (<c>region</c>, <c>us-west-2</c>, <c>source_profile</c>), so equal text is handed out as one string.
/// </summary>
/// <remarks>
/// Direct-mapped by hash: a collision just replaces the slot, so the pool never grows and never compares more than
/// once. Long text is not pooled, as it rarely repeats.
/// </remarks>
internal sealed class IniStringPool
{
    private const int PoolSize = 256;
    private const int PooledLength = 48;

    private readonly string?[] _slots = new string?[PoolSize];

    /// <summary>
    /// <paramref name="name"/> lower-cased as <see cref="string.ToLowerInvariant()"/> does, in a stack buffer so a
    /// name already pooled costs no allocation.
    /// </summary>
    public string GetLowerInvariant(ReadOnlySpan<char> name)
    {
        if (name.Length > PooledLength)
        {
            return PythonWhitespace.LowerInvariant(name);
        }
        Span<char> lower = stackalloc char[PooledLength];
        int length = name.ToLowerInvariant(lower);
        return Get(lower.Slice(0, length));
    }

    /// <summary>The text as a string, shared with earlier equal text where the pool still holds it.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > PooledLength)
        {
            return text.ToString();
        }
        if (text.IsEmpty)
        {
            return string.Empty;
        }
        ref string? slot = ref _slots[string.GetHashCode(text) & (PoolSize - 1)];
        if (slot is null || !text.SequenceEqual(slot))
        {
            slot = text.ToString();
        }
        return slot;
    }
}
