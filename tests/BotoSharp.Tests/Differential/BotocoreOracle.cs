using System.Globalization;
using System.Text.Json.Nodes;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Differential;

/// <summary>
/// Asks botocore 1.43.11 (python3, botocore_request.py in batch mode) which request it sends for every scenario —
/// one python3 process per test run, started on first use.
/// </summary>
internal static class BotocoreOracle
{
    /// <summary>The signing instant both SDKs use.</summary>
    public static readonly DateTimeOffset FixedTime = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    /// <summary>The access key both SDKs sign with.</summary>
    public const string AccessKey = "AKIDEXAMPLE";

    /// <summary>The secret key both SDKs sign with.</summary>
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> s_results = new(RunAll);

    /// <summary>botocore's request for <paramref name="scenario"/>.</summary>
    public static CapturedRequest RequestFor(RequestScenario scenario) => CapturedRequest.FromBotocore(s_results.Value[scenario.Name]);

    private static IReadOnlyDictionary<string, JsonObject> RunAll()
    {
        var scenarios = RequestScenarios.All().ToList();
        var input = new JsonArray();
        foreach (var scenario in scenarios)
        {
            input.Add(new JsonObject
            {
                ["service"] = scenario.Service,
                ["operation"] = scenario.Operation,
                ["region"] = scenario.Region,
                ["time"] = FixedTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["access_key"] = AccessKey,
                ["secret_key"] = SecretKey,
                ["token"] = scenario.Token,
                ["data_path"] = RepoPaths.Models,
                ["params"] = ToJson(scenario.Parameters()),
            });
        }
        var results = RunBatch(input);
        return scenarios.Select((s, i) => (s.Name, Result: results[i]!.AsObject())).ToDictionary(p => p.Name, p => p.Result);
    }

    /// <summary>Runs botocore_request.py once over <paramref name="input"/> (an array of scenarios); one result each, in order.</summary>
    public static JsonArray RunBatch(JsonArray input)
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", "Differential", "botocore_request.py");
        var stdout = PythonProcess.Run([script], input.ToJsonString(), environment =>
        {
            // botocore must not read this machine's AWS configuration either.
            environment["AWS_CONFIG_FILE"] = "/nonexistent/config";
            environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials";
            environment["AWS_EC2_METADATA_DISABLED"] = "true";
            foreach (var name in new[] { "AWS_PROFILE", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_ENDPOINT_URL", "AWS_DATA_PATH", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY" })
            {
                environment.Remove(name);
            }
        });
        return JsonNode.Parse(stdout)!.AsArray();
    }

    /// <summary>Parameters as botocore_request.py reads them: JSON has no bytes, file-like objects or datetimes, so those are tagged objects.</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        float f => JsonValue.Create((double)f),
        double d => JsonValue.Create(d),
        byte[] bytes => new JsonObject { ["__bytes__"] = Convert.ToBase64String(bytes) },
        Stream stream => new JsonObject { ["__stream__"] = Convert.ToBase64String(ReadAll(stream)) },
        DateTimeOffset time => new JsonObject { ["__datetime__"] = time.ToString("o", CultureInfo.InvariantCulture) },
        IDictionary<string, object?> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, ToJson(kv.Value)))),
        System.Collections.IEnumerable list => new JsonArray(list.Cast<object?>().Select(ToJson).ToArray()),
        _ => throw new ArgumentException($"No JSON form for {value.GetType()}"),
    };

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
