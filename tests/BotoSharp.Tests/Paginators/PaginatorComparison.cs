using System.Text.Json.Nodes;
using BotoSharp.Clients;
using BotoSharp.Configuration;
using BotoSharp.Errors;
using BotoSharp.Paginators;
using BotoSharp.Tests.Integration;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Paginators;

/// <summary>
/// Runs pagination scenarios through botocore (<c>paginate_oracle.py</c>, seeding moto first when asked) and through
/// BotoSharp against the same moto_server, and compares pages (ResponseMetadata aside), resume token and full result.
/// For a compiled-in service the generated typed paginator runs the same scenario too (<see cref="TypedPaginatorRun"/>),
/// compared with the dictionary paginator's pages as the generated type reads them.
/// </summary>
internal static class PaginatorComparison
{
    private static readonly string s_oracle = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", "Paginators", "paginate_oracle.py"));
    private static bool s_seeded;

    /// <summary>
    /// Compares every case with botocore, then feeds botocore's resume tokens to both sides (so a boto3 token resumes
    /// here); returns the disagreements, how many scenarios ran, and each scenario the typed paginator also ran with
    /// whether its compiled plan (member access, no JMESPath) paged it.
    /// </summary>
    public static async Task<(List<string> Mismatches, int Scenarios, List<(string Operation, bool Planned)> Typed)> CompareAsync(IReadOnlyList<(string Service, string Operation, Dictionary<string, object?> Params, PaginationConfig Config)> cases)
    {
        var first = RunBotocore(cases, seed: !s_seeded);
        s_seeded = true;
        var mismatches = new List<string>();
        var typed = new List<(string Operation, bool Planned)>();
        async Task RunAsync(string name, string service, string operation, Dictionary<string, object?> parameters, PaginationConfig config, JsonObject theirs)
        {
            var (ours, outcome, client) = await RunOursAsync(service, operation, parameters, config);
            NameModeledErrorAsBotocore(ours, theirs);
            Compare(name, ours, theirs, mismatches);
            if (client is not DynamicClient && await TypedPaginatorRun.CompareAsync(client, operation, parameters, config, outcome, used => typed.Add((operation, used))) is { } typedMismatches)
            {
                mismatches.AddRange(typedMismatches.Select(m => $"{name}: {m}"));
                if (theirs["resume"] is JsonValue token && outcome.Resume != token.GetValue<string>())
                {
                    mismatches.Add($"{name}: resume token differs from botocore's");
                }
            }
        }
        var resumed = new List<(string, string, Dictionary<string, object?>, PaginationConfig)>();
        for (int i = 0; i < cases.Count; i++)
        {
            var (service, operation, parameters, config) = cases[i];
            var theirs = first[i]!.AsObject();
            await RunAsync($"{service}.{operation} {Botocore.ToJson(parameters)} {config}", service, operation, parameters, config, theirs);
            if (theirs["resume"] is JsonValue token)
            {
                resumed.Add((service, operation, parameters, config with { StartingToken = token.GetValue<string>() }));
            }
        }
        var second = RunBotocore(resumed, seed: false);
        for (int i = 0; i < resumed.Count; i++)
        {
            var (service, operation, parameters, config) = resumed[i];
            await RunAsync($"resumed {service}.{operation} {Botocore.ToJson(parameters)} {config}", service, operation, parameters, config, second[i]!.AsObject());
        }
        return (mismatches, cases.Count + resumed.Count, typed);
    }

    private static void Compare(string name, JsonObject ours, JsonObject theirs, List<string> mismatches)
    {
        NormalizeXmlParserDetail(ours);
        NormalizeXmlParserDetail(theirs);
        if (!JsonNode.DeepEquals(ours, theirs))
        {
            var a = ours.ToJsonString();
            var b = theirs.ToJsonString();
            int at = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(k => a[k] != b[k]);
            mismatches.Add($"{name}: differ at {at}: ours …{a.Substring(Math.Max(0, at - 80), Math.Min(200, a.Length - Math.Max(0, at - 80)))} | botocore …{b.Substring(Math.Max(0, at - 80), Math.Min(200, b.Length - Math.Max(0, at - 80)))}");
        }
    }

    // An operation moto does not serve answers with an HTML page: both sides raise ResponseParserError for invalid
    // XML, but the parser's own words (expat's, XmlReader's) and the body's rendering (Python bytes) cannot agree.
    private static void NormalizeXmlParserDetail(JsonObject result)
    {
        const string InvalidXml = "), invalid XML received.";
        if (result["error"]?.GetValue<string>() is { } error && error.StartsWith("ResponseParserError: Unable to parse response (", StringComparison.Ordinal)
            && error.Contains(InvalidXml, StringComparison.Ordinal))
        {
            result["error"] = "ResponseParserError: Unable to parse response (…" + InvalidXml;
        }
    }

    // A service the test project does not compile (logs, reached through AWS_DATA_PATH) has no generated exception
    // classes: its modeled errors are ClientError with the code, where botocore makes a class at run time (see
    // DESIGN-NOTES). Only then, and only for the same code and message, is botocore's class name taken as ours.
    private static void NameModeledErrorAsBotocore(JsonObject ours, JsonObject theirs)
    {
        if (ours["dynamic"]?.GetValue<bool>() == true && ours["error"]?.GetValue<string>() is { } error && error.StartsWith("ClientError: ", StringComparison.Ordinal)
            && theirs["error"]?.GetValue<string>() is { } botocore && botocore.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon
            && botocore[(colon + 2)..] == error["ClientError: ".Length..]
            && error.StartsWith($"ClientError: An error occurred ({botocore[..colon]})", StringComparison.Ordinal))
        {
            ours["error"] = botocore;
        }
        ours.Remove("dynamic");
    }

    private static async Task<(JsonObject Result, TypedPaginatorRun.DictionaryOutcome Outcome, BaseClient Client)> RunOursAsync(string service, string operation, Dictionary<string, object?> parameters, PaginationConfig config)
    {
        // One attempt on both sides: operations moto does not serve answer 5xx, and retrying them only waits.
        var client = MotoFixture.NewSession(RepoPaths.Models).CreateClient(service, endpointUrl: MotoFixture.Server.EndpointUrl,
            config: new ClientConfig { Retries = new Dictionary<string, object?> { ["total_max_attempts"] = 1 } });
        var paginator = client.GetPaginator(operation);
        try
        {
            var pages = paginator.Paginate(parameters, config);
            var listed = new JsonArray();
            var raw = new List<Dictionary<string, object?>>();
            await foreach (var page in pages)
            {
                listed.Add(Plain(page));
                raw.Add(page);
            }
            var full = await paginator.Paginate(parameters, config).BuildFullResultAsync();
            return (new JsonObject { ["pages"] = listed, ["resume"] = pages.ResumeToken, ["full"] = Plain(full) },
                new TypedPaginatorRun.DictionaryOutcome(raw, pages.ResumeToken, full, null), client);
        }
        catch (BotoCoreError e)
        {
            var error = $"{e.GetType().Name}: {e.Message}";
            return (new JsonObject { ["error"] = error, ["dynamic"] = client is DynamicClient }, new TypedPaginatorRun.DictionaryOutcome(null, null, null, error), client);
        }
    }

    private static JsonArray RunBotocore(IReadOnlyList<(string Service, string Operation, Dictionary<string, object?> Params, PaginationConfig Config)> cases, bool seed)
    {
        var input = new Dictionary<string, object?>
        {
            ["endpoint"] = MotoFixture.Server.EndpointUrl,
            ["seed"] = seed,
            ["cases"] = cases.Select(c => new Dictionary<string, object?>
            {
                ["service"] = c.Service,
                ["operation"] = c.Operation,
                ["params"] = c.Params,
                ["config"] = ConfigDictionary(c.Config),
            }).ToList(),
        };
        return Botocore.Run(s_oracle, input)!.AsArray();
    }

    private static Dictionary<string, object?> ConfigDictionary(PaginationConfig config)
    {
        var map = new Dictionary<string, object?>();
        if (config.MaxItems is int max) { map["MaxItems"] = max; }
        if (config.PageSize is int size) { map["PageSize"] = size; }
        if (config.StartingToken is string token) { map["StartingToken"] = token; }
        return map;
    }

    private static JsonNode? Plain(object? value) => value switch
    {
        Dictionary<string, object?> map => new JsonObject(map.Where(p => p.Key != "ResponseMetadata").Select(p => KeyValuePair.Create(p.Key, Plain(p.Value)))),
        List<object?> list => new JsonArray(list.Select(Plain).ToArray()),
        DateTimeOffset time => JsonValue.Create(time.ToUnixTimeMilliseconds()),
        _ => JsonNode.Parse(Botocore.ToJson(value)),
    };

}
