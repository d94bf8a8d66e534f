using System.Text;
using System.Text.RegularExpressions;

namespace BotoSharp.Loading;

/// <summary>
/// Python's <c>os.path.expandvars</c> then <c>os.path.expanduser</c> over an explicit environment, as botocore applies
/// to every <c>AWS_DATA_PATH</c> entry: <c>$NAME</c> and <c>${NAME}</c> of set variables are replaced, unset ones are
/// left as written; a leading <c>~</c> (alone or before a separator) becomes the home directory.
/// </summary>
internal static partial class DataPathExpander
{
    /// <summary>Expands <paramref name="path"/> against <paramref name="environment"/>.</summary>
    public static string Expand(string path, IReadOnlyDictionary<string, string> environment)
    {
        var expanded = VariablePattern().Replace(path, match =>
        {
            var name = match.Groups[1].Value;
            if (name.StartsWith('{'))
            {
                name = name[1..^1];
            }
            return environment.TryGetValue(name, out var value) ? value : match.Value;
        });
        return ExpandUser(expanded, environment);
    }

    /// <summary>The home directory: <c>HOME</c>, then <c>USERPROFILE</c>, then the OS profile folder.</summary>
    public static string HomeDirectory(IReadOnlyDictionary<string, string> environment)
    {
        if (environment.TryGetValue("HOME", out var home) && home.Length > 0)
        {
            return home;
        }
        if (environment.TryGetValue("USERPROFILE", out var profile) && profile.Length > 0)
        {
            return profile;
        }
        return Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
    }

    private static string ExpandUser(string path, IReadOnlyDictionary<string, string> environment)
    {
        if (!path.StartsWith('~'))
        {
            return path;
        }
        var end = path.IndexOfAny(new[] { '/', Path.DirectorySeparatorChar });
        if (end < 0)
        {
            end = path.Length;
        }
        // "~user" needs the password database; botocore users only ever write "~", so "~user" stays as written.
        if (end != 1)
        {
            return path;
        }
        var home = HomeDirectory(environment).TrimEnd('/', Path.DirectorySeparatorChar);
        var builder = new StringBuilder(home.Length == 0 ? "/" : home);
        builder.Append(path, end, path.Length - end);
        return builder.ToString();
    }

    [GeneratedRegex(@"\$([A-Za-z0-9_]+|\{[^}]*\})", RegexOptions.CultureInvariant)]
    private static partial Regex VariablePattern();
}
