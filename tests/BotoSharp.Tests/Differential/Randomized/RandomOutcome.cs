using System.Text;
using System.Text.Json.Nodes;

namespace BotoSharp.Tests.Differential.Randomized;

/// <summary>What one SDK did with a randomized case: the requests it sent, in order, or the error it raised first.</summary>
internal sealed record RandomOutcome(IReadOnlyList<CapturedRequest> Requests, string? ErrorType, string? ErrorMessage)
{
    // Headers that differ by design: the SDK's own name, and the per-call random invocation id.
    private static readonly HashSet<string> s_notCompared = new(StringComparer.OrdinalIgnoreCase) { "user-agent", "amz-sdk-invocation-id" };

    /// <summary>Requests were sent.</summary>
    public static RandomOutcome Sent(IReadOnlyList<CapturedRequest> requests) => new(requests, null, null);

    /// <summary>An error was raised before anything was sent.</summary>
    public static RandomOutcome Failed(string type, string message) => new(Array.Empty<CapturedRequest>(), type, message);

    /// <summary>Reads botocore_request.py's answer for one case.</summary>
    public static RandomOutcome FromBotocore(JsonObject result) => result["error"] is { } error
        ? Failed(error.GetValue<string>(), result["message"]?.GetValue<string>() ?? string.Empty)
        : Sent(result["requests"]!.AsArray().Select(r => CapturedRequest.FromBotocore(r!.AsObject())).ToList());

    /// <summary>The differences from <paramref name="expected"/> (botocore's), empty when the two agree.</summary>
    public List<string> DifferencesFrom(RandomOutcome expected)
    {
        var differences = new List<string>();
        if (expected.ErrorType is not null || ErrorType is not null)
        {
            if (expected.ErrorType != ErrorType)
            {
                differences.Add($"outcome: botocore {expected.Describe()} / BotoSharp {Describe()}");
            }
            return differences;
        }
        if (expected.Requests.Count != Requests.Count)
        {
            differences.Add($"request count: botocore {expected.Requests.Count} / BotoSharp {Requests.Count}");
        }
        for (var i = 0; i < Math.Min(expected.Requests.Count, Requests.Count); i++)
        {
            Compare(i, expected.Requests[i], Requests[i], differences);
        }
        return differences;
    }

    /// <summary>A readable dump of the outcome, every request in full.</summary>
    public string Describe()
    {
        if (ErrorType is not null)
        {
            return $"raised {ErrorType}: {ErrorMessage}";
        }
        var text = new StringBuilder();
        foreach (var request in Requests)
        {
            text.Append("\n    ").Append(request.Method).Append(' ').Append(request.Url);
            foreach (var (name, value) in request.Headers.OrderBy(h => h.Key, StringComparer.Ordinal))
            {
                text.Append("\n      ").Append(name).Append(": ").Append(value);
            }
            text.Append("\n      body: ").Append(Encoding.UTF8.GetString(request.Body));
        }
        return text.ToString();
    }

    private static void Compare(int index, CapturedRequest expected, CapturedRequest actual, List<string> differences)
    {
        if (expected.Method != actual.Method)
        {
            differences.Add($"[{index}] method: {expected.Method} / {actual.Method}");
        }
        if (expected.Url != actual.Url)
        {
            differences.Add($"[{index}] URL: {expected.Url} / {actual.Url}");
        }
        foreach (var name in expected.Headers.Keys.Union(actual.Headers.Keys, StringComparer.OrdinalIgnoreCase).Where(n => !s_notCompared.Contains(n)))
        {
            var want = expected.Headers.GetValueOrDefault(name);
            var got = actual.Headers.GetValueOrDefault(name);
            if (want != got)
            {
                differences.Add($"[{index}] header {name}: {want ?? "(absent)"} / {got ?? "(absent)"}");
            }
        }
        if (!expected.Body.AsSpan().SequenceEqual(actual.Body))
        {
            differences.Add($"[{index}] body: {BodyMeaning.Of(expected.Body, expected.Headers.GetValueOrDefault("content-type"))} / "
                + BodyMeaning.Of(actual.Body, actual.Headers.GetValueOrDefault("content-type")));
        }
    }
}
