using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Differential.Randomized;

/// <summary>
/// Thousands of randomized calls over every service botocore 1.43.11 ships, each sent by BotoSharp and by botocore
/// with the same parameters, clock and keys: every request (method, URL, each header, body bytes, signature) or the
/// error raised instead must agree. <c>BOTOSHARP_REQDIFF_SEED</c> / <c>BOTOSHARP_REQDIFF_COUNT</c> explore further.
/// </summary>
[TestFixture]
[Category("Differential")]
public sealed class RandomizedRequestDifferentialTests
{
    private const int MaxPrinted = 25;

    // Seed 20260102, 5,000 requests over all 424 services: 5,000 agree; about a minute on CI (botocore ~40 s of it).
    [Test]
    public async Task Randomized_requests_match_botocore_across_every_service()
    {
        var report = await RunAsync(RandomRequestPlan.Seed, RandomRequestPlan.Count, builtinHandlers: true);
        Assert.That(report.Disagreements, Is.Empty, report.Summary);
    }

    // Seed 20260103, 500 requests: 500 agree; about 45 s on CI, mostly botocore creating a client per service.
    [Test]
    public async Task Without_builtin_handlers_the_requests_match_botocore_without_them()
    {
        // A sample: botocore.session.Session(include_builtin_handlers=False) beside new Session(includeBuiltinHandlers: false).
        var report = await RunAsync(RandomRequestPlan.Seed + 1, Math.Max(RandomRequestPlan.Count / 10, 100), builtinHandlers: false);
        Assert.That(report.Disagreements, Is.Empty, report.Summary);
    }

    /// <summary>Runs the cases through both SDKs and returns the disagreements, each with both outcomes printed.</summary>
    internal static async Task<DifferentialReport> RunAsync(int seed, int count, bool builtinHandlers)
    {
        var dataPath = BotocoreDataFolder.Path;
        var botoSharp = new BotoSharpRandomCapture(dataPath);
        var services = botoSharp.Services();
        var cases = RandomRequestPlan.Cases(seed, count, services, botoSharp.Model)
            .Select(c => c with { BuiltinHandlers = builtinHandlers }).ToList();
        var input = new JsonArray(cases.Select(c => (JsonNode)c.ToBotocoreInput(botoSharp.Model(c.Service).OperationModel(c.Operation), dataPath)).ToArray());
        var clock = Stopwatch.StartNew();
        var expected = BotocoreOracle.RunBatch(input);
        var botocoreTime = clock.Elapsed;
        var disagreements = new List<string>();
        foreach (var (item, i) in cases.Select((c, i) => (c, i)))
        {
            var want = Intended(item, RandomOutcome.FromBotocore(expected[i]!.AsObject()));
            var got = await botoSharp.RunAsync(item);
            var differences = got.DifferencesFrom(want);
            if (differences.Count > 0)
            {
                disagreements.Add($"{item}\n  " + string.Join("\n  ", differences)
                    + (disagreements.Count < MaxPrinted ? $"\n  botocore:{want.Describe()}\n  BotoSharp:{got.Describe()}" : string.Empty));
            }
        }
        var summary = new StringBuilder()
            .Append($"seed {seed}: {cases.Count} requests over {cases.Select(c => c.Service).Distinct().Count()} services, ")
            .Append($"{cases.Count - disagreements.Count} agree ({100.0 * (cases.Count - disagreements.Count) / cases.Count:F2} %), ")
            .Append($"botocore {botocoreTime.TotalSeconds:F0} s, total {clock.Elapsed.TotalSeconds:F0} s\n")
            .AppendJoin("\n", disagreements.Take(200));
        TestContext.Out.WriteLine(summary.ToString().Split('\n')[0]);
        return new DifferentialReport(disagreements, summary.ToString());
    }

    // Where botocore crashes before sending and BotoSharp raises a typed error instead, on purpose (DESIGN-NOTES):
    // a Predict whose PredictEndpoint has no host fails botocore's signer with AttributeError.
    private static RandomOutcome Intended(RandomRequestCase item, RandomOutcome botocore) =>
        botocore.ErrorType == "AttributeError" && item.Service == "machinelearning" && item.Operation == "Predict"
            ? RandomOutcome.Failed(nameof(ArgumentException), botocore.ErrorMessage ?? string.Empty)
            : botocore;

    internal sealed record DifferentialReport(IReadOnlyList<string> Disagreements, string Summary);
}
