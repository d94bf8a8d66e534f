namespace BotoSharp.Configuration;

/// <summary>
/// Finds the line of a profile key in the shared config and credentials files, for <see cref="ConfigValueOrigin"/>.
/// The credentials file is searched first because its values win when botocore merges the two.
/// </summary>
internal static class ConfigFileLineLocator
{
    /// <summary>The file and 1-based line of <paramref name="key"/> in <paramref name="profile"/>, or null when not found.</summary>
    public static (string Path, int Line)? Find(string credentialsFile, string configFile, string profile, ConfigKey key)
    {
        string topKey = key.Section ?? key.Name;
        var found = FindIn(credentialsFile, name => name == profile, topKey, key.Section is null ? null : key.Name);
        return found ?? FindIn(configFile, name => name == "profile " + profile || (profile == "default" && name == "default"), topKey, key.Section is null ? null : key.Name);
    }

    private static (string Path, int Line)? FindIn(string path, Func<string, bool> isProfile, string key, string? nestedKey)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        bool inProfile = false;
        int? parentLine = null;
        for (int i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.StartsWith('['))
            {
                int close = text.LastIndexOf(']');
                inProfile = close > 0 && isProfile(string.Join(' ', text[1..close].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
                parentLine = null;
                continue;
            }
            if (!inProfile || text.Length == 0 || text[0] is '#' or ';')
            {
                continue;
            }
            // configparser: the option name ends at the first '=' or ':'.
            int separator = text.IndexOfAny(['=', ':']);
            string name = (separator < 0 ? text : text[..separator]).Trim();
            bool indented = lines[i].Length > 0 && char.IsWhiteSpace(lines[i][0]);
            if (!indented && name == key)
            {
                if (nestedKey is null)
                {
                    return (path, i + 1);
                }
                parentLine = i + 1;
            }
            else if (indented && parentLine is not null && name == nestedKey)
            {
                return (path, i + 1);
            }
        }
        return parentLine is { } line ? (path, line) : null;
    }
}
