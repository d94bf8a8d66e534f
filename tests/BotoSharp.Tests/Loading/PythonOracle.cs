using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Loading;

/// <summary>
/// Runs a Python 3 script (with botocore 1.43.11 installed) and returns its standard output, so tests can compare
/// BotoSharp with the behaviour it must match.
/// </summary>
internal static class PythonOracle
{
    /// <summary>Runs <paramref name="script"/> with <paramref name="stdin"/> as input; a non-zero exit throws with its stderr.</summary>
    public static string Run(string script, string stdin = "") => PythonProcess.Run(["-c", script], stdin);

    /// <summary>botocore's installed <c>data/</c> folder.</summary>
    public static string BotocoreDataPath => BotocoreDataFolder.Path;
}
