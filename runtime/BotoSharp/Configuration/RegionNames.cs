namespace BotoSharp.Configuration;

/// <summary>
/// botocore's <c>validate_region_name</c>: a region becomes a host label, so it must match
/// <c>^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{,63}(?&lt;!-)$</c>. Checked by hand rather than by a generated regex: every
/// client creation checks its region, and the first use of a generated regex builds the search tables of every
/// pattern in the assembly (~10 ms of a cold process).
/// </summary>
internal static class RegionNames
{
    private const int MaxLength = 63;

    /// <summary>Whether <paramref name="region"/> is a valid host label (not all digits, no leading or trailing dash).</summary>
    public static bool IsValid(string region)
    {
        var label = region.AsSpan();
        // Python's `$` also matches before one final newline, so "us-east-1\n" passes botocore's check.
        if (label.Length > 0 && label[^1] == '\n')
        {
            label = label[..^1];
        }
        if (label.Length > MaxLength || (label.Length > 0 && (label[0] == '-' || label[^1] == '-')))
        {
            return false;
        }
        var allDigits = label.Length > 0;
        foreach (var c in label)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
            allDigits &= char.IsAsciiDigit(c);
        }
        return !allDigits;
    }
}
