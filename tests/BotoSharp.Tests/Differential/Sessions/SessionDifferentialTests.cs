using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace BotoSharp.Tests.Differential.Sessions;

/// <summary>
/// Randomized differential test of the Session: every generated scenario is answered by botocore 1.43.11 and by
/// BotoSharp, and every field must agree. <c>BOTOSHARP_DIFF_SEED</c> picks another seed and
/// <c>BOTOSHARP_DIFF_COUNT</c> another scenario count, to explore.
/// </summary>
[NonParallelizable]
public class SessionDifferentialTests
{
    private const int DefaultSeed = 20261126;
    private const int DefaultCount = 600;
    private const int BatchSize = 300;

    [Test]
    public void RandomSessionsAnswerEveryQuestionExactlyAsBotocoreDoes()
    {
        int seed = FromEnvironment("BOTOSHARP_DIFF_SEED", DefaultSeed);
        int count = FromEnvironment("BOTOSHARP_DIFF_COUNT", DefaultCount);
        string root = Path.Combine(Path.GetTempPath(), $"botosharp-diffsession-{Environment.ProcessId}-{seed}");
        var services = Directory.GetDirectories(SessionOracle.BotocoreDataPath).Select(Path.GetFileName).OfType<string>()
            .Where(n => !n.StartsWith('_')).Order(StringComparer.Ordinal).ToList();
        var generator = new SessionScenarioGenerator(seed, services);
        var report = new StringBuilder();
        int disagreements = 0;
        var clock = Stopwatch.StartNew();
        var oracleTime = new Stopwatch();
        var coverage = new AnswerCoverage();
        try
        {
            for (int start = 0; start < count; start += BatchSize)
            {
                var batch = Enumerable.Range(start, Math.Min(BatchSize, count - start)).Select(generator.Next).ToList();
                foreach (var scenario in batch)
                {
                    scenario.Materialize(Path.Combine(root, scenario.Index.ToString(CultureInfo.InvariantCulture)), SessionOracle.BotocoreDataPath);
                }
                oracleTime.Start();
                var theirs = SessionOracle.Answer(batch);
                oracleTime.Stop();
                for (int i = 0; i < batch.Count; i++)
                {
                    coverage.Add(theirs[i]);
                    var ours = BotoSharpAnswers.For(batch[i]);
                    string? difference = Compare(ours, theirs[i]);
                    if (difference is not null && ++disagreements <= 5)
                    {
                        report.Append(batch[i].Describe()).Append(difference)
                            .AppendLine("  BotoSharp's whole answer: " + ours.ToJsonString())
                            .AppendLine("  botocore's whole answer:  " + theirs[i].ToJsonString()).AppendLine();
                    }
                }
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
        TestContext.Out.WriteLine($"seed {seed}: {count} scenarios, {disagreements} disagreements, {clock.Elapsed.TotalSeconds:F1} s (botocore {oracleTime.Elapsed.TotalSeconds:F1} s)");
        TestContext.Out.WriteLine(coverage.Summary());
        Assert.That(disagreements, Is.Zero, $"seed {seed}: {disagreements} of {count} scenarios disagree (first 5 shown)\n{report}");
    }

    /// <summary>Null when equal, else every differing field with both answers.</summary>
    private static string? Compare(JsonObject ours, JsonObject theirs)
    {
        var text = new StringBuilder();
        foreach (string field in ours.Select(p => p.Key).Union(theirs.Select(p => p.Key)))
        {
            string mine = ours[field]?.ToJsonString() ?? "null";
            string botocore = theirs[field]?.ToJsonString() ?? "null";
            if (field == "variables" && ours[field] is JsonArray ourRows && theirs[field] is JsonArray theirRows && ourRows.Count == theirRows.Count)
            {
                // Show only the variables that differ: the full table is long.
                for (int i = 0; i < ourRows.Count; i++)
                {
                    string a = ourRows[i]!.ToJsonString(), b = theirRows[i]!.ToJsonString();
                    if (a != b)
                    {
                        text.AppendLine($"  variables: BotoSharp {a}\n             botocore  {b}");
                    }
                }
            }
            else if (mine != botocore)
            {
                text.AppendLine($"  {field}: BotoSharp {mine}\n  {new string(' ', field.Length)}  botocore  {botocore}");
            }
        }
        return text.Length == 0 ? null : text.ToString();
    }

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;
}
