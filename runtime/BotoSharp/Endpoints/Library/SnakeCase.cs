using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace BotoSharp.Endpoints.Library;

/// <summary>
/// botocore's <c>xform_name</c> for client context parameter names (<c>DisableS3ExpressSessionAuth</c> →
/// <c>disable_s3_express_session_auth</c>): a trailing acronym plural splits off, then a boundary goes before
/// each capitalised word and between a lower-case letter or digit and a capital. Answers are kept, as botocore's
/// <c>_xform_cache</c> keeps them: the names are a model's, and the endpoint stage asks for S3's on every call.
/// </summary>
internal static class SnakeCase
{
    private static readonly Regex s_pluralAcronym = new("[A-Z]{2,}s$", RegexOptions.CultureInvariant);
    private static readonly Regex s_firstCap = new("(.)([A-Z][a-z]+)", RegexOptions.CultureInvariant);
    private static readonly Regex s_endCap = new("([a-z0-9])([A-Z])", RegexOptions.CultureInvariant);

    private static readonly ConcurrentDictionary<string, string> s_converted = new(StringComparer.Ordinal);

    /// <summary>Converts a PascalCase name; a name that already contains <c>_</c> is returned as is.</summary>
    public static string Convert(string name) =>
        s_converted.TryGetValue(name, out var converted) ? converted : s_converted.GetOrAdd(name, Compute(name));

    private static string Compute(string name)
    {
        if (name.Contains('_'))
        {
            return name;
        }
        var plural = s_pluralAcronym.Match(name);
        if (plural.Success)
        {
            name = name[..plural.Index] + "_" + plural.Value.ToLowerInvariant();
        }
        var words = s_firstCap.Replace(name, "$1_$2");
        return s_endCap.Replace(words, "$1_$2").ToLowerInvariant();
    }
}
