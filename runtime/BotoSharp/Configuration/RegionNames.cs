using System.Text.RegularExpressions;

namespace BotoSharp.Configuration;

/// <summary>botocore's <c>validate_region_name</c> pattern: a region becomes a host label, so it must be one.</summary>
internal static class RegionNames
{
    private static readonly Regex s_validRegion = new("^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{0,63}(?<!-)$", RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="region"/> is a valid host label (not all digits, no leading or trailing dash).</summary>
    public static bool IsValid(string region) => s_validRegion.IsMatch(region);
}
