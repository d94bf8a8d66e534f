namespace BotoSharp.Generator.Tests.Support;

/// <summary>Finds the repository root (the folder holding Sdk.sln) wherever the tests run from.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => s_root.Value;

    /// <summary>The repository's <c>models/</c> folder.</summary>
    public static string Models => Path.Combine(Root, "models");

    /// <summary>This project's folder (where snapshots and test models live).</summary>
    public static string TestProject => Path.Combine(Root, "tests", "BotoSharp.Generator.Tests");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sdk.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Sdk.sln not found above " + AppContext.BaseDirectory);
    }
}
