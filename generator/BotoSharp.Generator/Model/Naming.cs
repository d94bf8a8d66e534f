using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace BotoSharp.Generator.Model;

/// <summary>
/// C# names from model names: PascalCase over any non-identifier characters, a leading digit prefixed, keywords
/// escaped, and collisions settled by a deterministic suffix so the same model always yields the same names.
/// </summary>
internal static class Naming
{
    /// <summary>PascalCase: split on anything that is not a letter or digit, upper-case each part's first letter.</summary>
    public static string Pascal(string name, string prefixForDigit = "N")
    {
        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }
        if (builder.Length == 0)
        {
            builder.Append("Value");
        }
        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, prefixForDigit);
        }
        return Escape(builder.ToString());
    }

    /// <summary>
    /// PascalCase that keeps word boundaries of upper-case values: each part between non-alphanumerics that has no
    /// lower-case letter is lower-cased after its first letter (<c>ALL_OLD</c> → <c>AllOld</c>,
    /// <c>STANDARD_IA</c> → <c>StandardIa</c>, <c>AES256</c> → <c>Aes256</c>), mixed-case parts keep their case
    /// (<c>t2.micro</c> → <c>T2Micro</c>, <c>IPv4</c> → <c>IPv4</c>), as the Smithy-based AWS SDKs name enum members.
    /// </summary>
    public static string PascalWords(string name, string prefixForDigit = "N")
    {
        var builder = new StringBuilder(name.Length);
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && char.IsLetterOrDigit(name[i]) && name[i] < 128)
            {
                continue;
            }
            AppendWord(builder, name, start, i);
            start = i + 1;
        }
        return Pascal(builder.ToString(), prefixForDigit);
    }

    private static void AppendWord(StringBuilder builder, string name, int start, int end)
    {
        var hasLower = false;
        for (var i = start; i < end; i++)
        {
            hasLower |= char.IsLower(name[i]);
        }
        for (var i = start; i < end; i++)
        {
            var c = name[i];
            builder.Append(i == start ? char.ToUpperInvariant(c) : hasLower ? c : char.ToLowerInvariant(c));
        }
    }

    /// <summary>camelCase of a PascalCase name, for private fields.</summary>
    public static string Camel(string pascal) =>
        pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);

    /// <summary>Prefixes C# keywords with <c>@</c> (only a lower-case name can be one).</summary>
    public static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None
            ? "@" + identifier
            : identifier;

    /// <summary>
    /// Returns <paramref name="candidate"/> if free, else <paramref name="candidate"/> + <paramref name="suffix"/>,
    /// then the same with 2, 3… appended; records the result in <paramref name="taken"/>.
    /// </summary>
    public static string Unique(string candidate, string suffix, HashSet<string> taken)
    {
        if (taken.Add(candidate))
        {
            return candidate;
        }
        var withSuffix = candidate + suffix;
        if (taken.Add(withSuffix))
        {
            return withSuffix;
        }
        for (var i = 2; ; i++)
        {
            var numbered = withSuffix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (taken.Add(numbered))
            {
                return numbered;
            }
        }
    }

    /// <summary>Whether a resolved name is a usable identifier (it always should be; BOTO104 otherwise).</summary>
    public static bool IsValid(string identifier) =>
        SyntaxFacts.IsValidIdentifier(identifier.StartsWith("@", System.StringComparison.Ordinal) ? identifier.Substring(1) : identifier);
}
