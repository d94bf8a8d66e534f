using System.Globalization;
using System.Text.Json.Nodes;
using BotoSharp.Clients.Retries;
using BotoSharp.Http;
using BotoSharp.Tests.Clients.Retries;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Differential.Retries;

/// <summary>
/// Adaptive mode's rate limiter against botocore's (retries/adaptive.py) on the same clock: seeded sequences of sends
/// and responses (throttles and successes, each after a scripted pause) drive both, and after every step the token
/// bucket's fill rate and capacity, the measured send rate, whether the limiter is on, and every wait the bucket
/// asked for must agree.
/// </summary>
[TestFixture]
[Category("Differential")]
public sealed class AdaptiveLimiterDifferentialTests
{
    private const int Sequences = 12;
    private const int StepsPerSequence = 40;

    // Clock arithmetic differs in the last bits (ticks here, a float epoch there), far below any decision.
    private const double Tolerance = 1e-6;
    private const double WaitTolerance = 1.5e-3;

    [Test]
    public async Task The_token_bucket_and_send_rate_follow_botocore_step_by_step()
    {
        var sequences = Enumerable.Range(0, Sequences).Select(Sequence).ToList();
        var start = (RecordingClock.Start - DateTimeOffset.UnixEpoch).TotalSeconds;
        var expected = Botocore.Run(File.ReadAllText(ScriptPath()), new { start, sequences })!.AsArray();
        var disagreements = new List<string>();
        for (var s = 0; s < sequences.Count; s++)
        {
            var actual = await RunOursAsync(sequences[s]);
            for (var i = 0; i < actual.Count; i++)
            {
                var want = expected[s]![i]!.AsObject();
                if (!Agrees(want, actual[i]))
                {
                    disagreements.Add($"sequence {s} step {i} ({Describe(sequences[s][i])}):\n  botocore:  {want.ToJsonString()}\n  BotoSharp: {actual[i].ToJsonString()}");
                    break;
                }
            }
        }
        var throttles = sequences.Sum(q => q.Count(step => step.Throttle == true));
        TestContext.Out.WriteLine($"{sequences.Count} sequences, {sequences.Sum(q => q.Count)} steps ({throttles} throttles): {sequences.Count - disagreements.Count} agree");
        Assert.That(disagreements, Is.Empty, string.Join("\n", disagreements));
    }

    private static async Task<List<JsonObject>> RunOursAsync(IReadOnlyList<Step> sequence)
    {
        var clock = new RecordingClock();
        var limiter = new AdaptiveRateLimiter(clock);
        var states = new List<JsonObject>();
        foreach (var step in sequence)
        {
            var waitsBefore = clock.Waits.Count;
            if (step.Send == true)
            {
                // A bucket that never fills would hang the test; ten real seconds is ample for 40 steps.
                using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await limiter.OnSendingRequestAsync(guard.Token);
                }
                catch (OperationCanceledException)
                {
                    states.Add(new JsonObject { ["hung"] = $"{clock.Waits.Count - waitsBefore} waits, fill rate {limiter.Bucket.MaxRate}, capacity {limiter.Bucket.AvailableCapacity}" });
                    return states;
                }
            }
            else
            {
                clock.Advance(TimeSpan.FromSeconds(step.Advance!.Value));
                limiter.OnReceivingResponse(NeedsRetryArguments(step.Throttle == true));
            }
            states.Add(new JsonObject
            {
                ["fill_rate"] = limiter.Bucket.MaxRate,
                ["capacity"] = limiter.Bucket.AvailableCapacity,
                ["measured_rate"] = limiter.MeasuredRate,
                ["enabled"] = limiter.Enabled,
                ["waits"] = new JsonArray(clock.Waits.Skip(waitsBefore).Select(w => (JsonNode)w.TotalSeconds).ToArray()),
            });
        }
        return states;
    }

    // What needs-retry hands the limiter: botocore's (http_response, parsed) pair and the attempt number.
    private static Dictionary<string, object?> NeedsRetryArguments(bool throttle)
    {
        var parsed = throttle
            ? new Dictionary<string, object?> { ["Error"] = new Dictionary<string, object?> { ["Code"] = "ThrottlingException" } }
            : new Dictionary<string, object?>();
        var response = new AwsResponse("https://example.com/", throttle ? 400 : 200, new HttpHeaderList(), Array.Empty<byte>(), null);
        return new Dictionary<string, object?> { ["response"] = (response, parsed), ["attempts"] = 1 };
    }

    // Pauses are whole 64ths of a second, exact on both clocks, from none to 1.5 s: bursts and quiet spells.
    private static List<Step> Sequence(int index)
    {
        var random = new Random(7100 + index);
        return Enumerable.Range(0, StepsPerSequence)
            .Select(_ => random.Next(5) < 2
                ? new Step(true, null, null)
                : new Step(null, random.Next(97) / 64.0, random.Next(3) == 0))
            .ToList();
    }

    private static bool Agrees(JsonObject want, JsonObject got) =>
        got["hung"] is null && Near(want["fill_rate"], got["fill_rate"]) && Near(want["capacity"], got["capacity"]) && Near(want["measured_rate"], got["measured_rate"])
        && want["enabled"]!.GetValue<bool>() == got["enabled"]!.GetValue<bool>()
        && Math.Abs(Waited(want) - Waited(got)) <= WaitTolerance;

    // The time a step spent waiting for tokens (whole milliseconds on both clocks). Compared as a total: where a
    // refill falls short by a rounding error, one side may add a one-millisecond wait the other does not need.
    private static double Waited(JsonObject state) => state["waits"]!.AsArray().Sum(w => w!.GetValue<double>());

    private static bool Near(JsonNode? want, JsonNode? got) => Math.Abs(want!.GetValue<double>() - got!.GetValue<double>()) <= Tolerance;

    private static string Describe(Step step) => step.Send == true
        ? "send"
        : $"{(step.Throttle == true ? "throttle" : "success")} after {step.Advance!.Value.ToString(CultureInfo.InvariantCulture)} s";

    private static string ScriptPath() => Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", "Differential", "Retries", "botocore_rate_limiter.py");

    /// <summary>One scripted step, serialized for the botocore side as <c>{"send": true}</c> or <c>{"advance", "throttle"}</c>.</summary>
    private sealed record Step(
        [property: System.Text.Json.Serialization.JsonPropertyName("send")] bool? Send,
        [property: System.Text.Json.Serialization.JsonPropertyName("advance")] double? Advance,
        [property: System.Text.Json.Serialization.JsonPropertyName("throttle")] bool? Throttle);
}
