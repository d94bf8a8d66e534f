using BotoSharp.Generator.Tests.Support;

namespace BotoSharp.Generator.Tests;

/// <summary>The generated code for the hand-written models, compared with committed snapshots.</summary>
public class SnapshotTests
{
    private static IEnumerable<TestCaseData> KitchenSources()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.FilesUnder(Path.Combine(RepoPaths.TestProject, "Models")));
        foreach (var (hint, source) in run.Sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            yield return new TestCaseData(hint, source).SetName($"The kitchen-sink file {hint} matches its snapshot");
        }
    }

    private static IEnumerable<TestCaseData> ProtocolClients() =>
        TestModels.Protocols.Select(p => new TestCaseData(p).SetName($"The {p} client matches its snapshot"));

    [TestCaseSource(nameof(KitchenSources))]
    public void KitchenSinkFileMatchesSnapshot(string hintName, string source) =>
        Snapshot.Verify("kitchen", hintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal), source);

    [TestCaseSource(nameof(ProtocolClients))]
    public void ProtocolClientMatchesSnapshot(string protocol)
    {
        var run = GeneratorHarness.Run(TestModels.KitchenWithProtocol(protocol));
        var client = run.Sources.Single(s => s.Key.EndsWith("Client.g.cs", StringComparison.Ordinal));
        Snapshot.Verify("protocols", client.Key.Replace(".g.cs", string.Empty, StringComparison.Ordinal), client.Value);
    }
}
