using System.Text.RegularExpressions;

namespace BotoSharp.Configuration;

/// <summary>botocore's <c>validate_region_name</c> pattern: a region becomes a host label, so it must be one.</summary>
internal static partial class RegionNames
{
    /// <summary>Whether <paramref name="region"/> is a valid host label (not all digits, no leading or trailing dash).</summary>
    public static bool IsValid(string region) => ValidRegion().IsMatch(region);

    // Generated at compile time: every client creation checks its region, and a Regex built at run time would parse
    // the pattern and load the interpreter in each cold process.
    [GeneratedRegex("^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{0,63}(?<!-)$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidRegion();
}
