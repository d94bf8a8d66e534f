namespace BotoSharp.Tests.Support;

/// <summary>Finds the repository root and the conformance data inside it, wherever the tests run from.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder holding Sdk.sln.</summary>
    public static string Root => s_root.Value;

    /// <summary>botocore's test data copied into <c>tests/BotoSharp.Tests/Conformance</c> (see its NOTICE.md).</summary>
    public static string Conformance => Path.Combine(Root, "tests", "BotoSharp.Tests", "Conformance");

    /// <summary>The repository's <c>models/</c> folder.</summary>
    public static string Models => Path.Combine(Root, "models");

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
