using System.Text;

namespace BotoSharp.Configuration;

/// <summary>
/// Python's <c>os.path.expandvars</c> and <c>os.path.expanduser</c> (POSIX flavour), which botocore applies to
/// config file paths, reading from an explicit environment map when one is given.
/// </summary>
public static class PathExpansion
{
    /// <summary>
    /// Replaces <c>$name</c> (letters, digits, underscore) and <c>${anything}</c> with the variable's value;
    /// unknown variables are left as written.
    /// </summary>
    public static string ExpandVars(string path, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (path.IndexOf('$') < 0)
        {
            return path;
        }
        var result = new StringBuilder(path.Length);
        int i = 0;
        while (i < path.Length)
        {
            if (path[i] != '$')
            {
                result.Append(path[i++]);
                continue;
            }
            bool braced = i + 1 < path.Length && path[i + 1] == '{';
            int nameStart = braced ? i + 2 : i + 1;
            int nameEnd = braced ? path.IndexOf('}', nameStart) : nameStart;
            if (!braced)
            {
                while (nameEnd < path.Length && (char.IsLetterOrDigit(path[nameEnd]) || path[nameEnd] == '_'))
                {
                    nameEnd++;
                }
            }
            bool valid = nameEnd > nameStart;
            int end = braced ? nameEnd + 1 : nameEnd;
            string? value = valid ? Lookup(path.Substring(nameStart, nameEnd - nameStart), environment) : null;
            if (value is null)
            {
                result.Append('$');
                i++;
                continue;
            }
            result.Append(value);
            i = end;
        }
        return result.ToString();
    }

    /// <summary>
    /// Replaces a leading <c>~</c> (alone or before <c>/</c>) with the home directory: <c>HOME</c> from the
    /// environment, else the user profile folder. <c>~user</c> forms are left as written.
    /// </summary>
    public static string ExpandUser(string path, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (!path.StartsWith('~') || (path.Length > 1 && path[1] != '/' && path[1] != Path.DirectorySeparatorChar))
        {
            return path;
        }
        string home = HomeDirectory(environment).TrimEnd('/');
        string rest = path.Substring(1);
        return home.Length == 0 && rest.Length == 0 ? "/" : home + rest;
    }

    /// <summary>The home directory: <c>HOME</c> (then <c>USERPROFILE</c>) from the environment, else the OS's user profile folder.</summary>
    public static string HomeDirectory(IReadOnlyDictionary<string, string>? environment = null) =>
        Lookup("HOME", environment) ?? Lookup("USERPROFILE", environment)
        ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    private static string? Lookup(string name, IReadOnlyDictionary<string, string>? environment) =>
        environment is null ? Environment.GetEnvironmentVariable(name)
        : environment.TryGetValue(name, out var value) ? value : null;
}
