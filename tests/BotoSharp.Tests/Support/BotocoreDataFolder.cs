
namespace BotoSharp.Tests.Support;

/// <summary>botocore's installed <c>data/</c> folder, found once per test run through python3.</summary>
internal static class BotocoreDataFolder
{
    private static readonly Lazy<string?> s_path = new(Find);

    /// <summary>The folder, or null when python3 or botocore is not installed.</summary>
    public static string? TryPath => s_path.Value;

    /// <summary>The folder.</summary>
    /// <exception cref="InvalidOperationException">python3 with botocore is not installed.</exception>
    public static string Path => s_path.Value ?? throw new InvalidOperationException("botocore's data folder was not found: python3 with botocore 1.43.11 is needed");

    private static string? Find()
    {
        try
        {
            var output = PythonProcess.Run(["-c", "import botocore,os;print(os.path.dirname(botocore.__file__))"]).Trim();
            var data = System.IO.Path.Combine(output, "data");
            return Directory.Exists(data) ? data : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
    }
}
