using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace BotoSharp.Generator.Tests.Support;

/// <summary>
/// A small snapshot helper: compares generated text with a committed <c>*.verified.cs</c>; on a mismatch it writes
/// <c>*.received.cs</c> beside it and fails with a line diff. Set <c>BOTOSHARP_ACCEPT_SNAPSHOTS=1</c> to accept the
/// received text, which it refuses to do under CI (<c>CI</c> set) so a build can never bless its own output.
/// </summary>
internal static class Snapshot
{
    private const string AcceptVariable = "BOTOSHARP_ACCEPT_SNAPSHOTS";

    public static void Verify(string folder, string name, string actual)
    {
        var directory = Path.Combine(RepoPaths.TestProject, "Snapshots", folder);
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }
            return;
        }
        Directory.CreateDirectory(directory);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            {
                Assert.Fail($"{AcceptVariable} is set under CI; snapshots are accepted only on a developer machine.");
            }
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail($"Snapshot {folder}/{name} differs (received written to {received}; set {AcceptVariable}=1 to accept):\n{Diff(expected ?? string.Empty, actual)}");
    }

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var lines = diff.Lines
            .Select((line, index) => (line, index))
            .Where(l => l.line.Type != ChangeType.Unchanged)
            .Take(40)
            .Select(l => $"{(l.line.Type == ChangeType.Inserted ? "+" : "-")}{l.index + 1,5}: {l.line.Text}");
        return string.Join("\n", lines);
    }
}
