namespace BotoSharp.Auth;

/// <summary>Path helpers shared by the file-based providers.</summary>
internal static class PathUtil
{
    /// <summary>
    /// Expands a leading <c>~</c> as Python's <c>os.path.expanduser</c> does: <c>HOME</c> from the given
    /// environment first, then the user profile folder. <c>~user</c> forms are left alone.
    /// </summary>
    public static string ExpandUser(string path, IReadOnlyDictionary<string, string>? environment)
    {
        if (path.Length == 0 || path[0] != '~' || (path.Length > 1 && path[1] != '/' && path[1] != Path.DirectorySeparatorChar))
        {
            return path;
        }
        return HomeDirectory(environment) + path[1..];
    }

    /// <summary>The home folder: <c>HOME</c> from the environment map, else the OS user profile.</summary>
    public static string HomeDirectory(IReadOnlyDictionary<string, string>? environment)
    {
        if (environment is not null && environment.TryGetValue("HOME", out var home) && home.Length > 0)
        {
            return home.TrimEnd('/');
        }
        return Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
    }
}
