using System.Text.Json.Nodes;
using BotoSharp.Errors;
using BotoSharp.Paginators;
using BotoSharp.Tests.Integration;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Paginators;

/// <summary>
/// Paginators against botocore over one moto_server with seeded data (1,000 S3 keys across prefixes, 300 DynamoDB
/// items, 120 SQS queues, 60 IAM users): for each scenario and combination of MaxItems, PageSize and StartingToken,
/// the same pages (ResponseMetadata aside), the same resume token string and the same full result.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PaginatorDifferentialTests
{
    private static readonly string s_oracle = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", "Paginators", "paginate_oracle.py"));
    private static bool s_seeded;

    private static IEnumerable<(string Service, string Operation, Dictionary<string, object?> Params)> Operations()
    {
        yield return ("s3", "ListObjectsV2", new() { ["Bucket"] = "pagers" });
        yield return ("s3", "ListObjectsV2", new() { ["Bucket"] = "pagers", ["Prefix"] = "p1/", ["Delimiter"] = "/" });
        yield return ("s3", "ListObjects", new() { ["Bucket"] = "pagers", ["Prefix"] = "p2/s1" });
        yield return ("s3", "ListObjects", new() { ["Bucket"] = "pagers", ["Delimiter"] = "/" });
        yield return ("dynamodb", "Scan", new() { ["TableName"] = "pagers" });
        yield return ("dynamodb", "Query", new()
        {
            ["TableName"] = "pagers",
            ["KeyConditionExpression"] = "pk = :k",
            ["ExpressionAttributeValues"] = new Dictionary<string, object?> { [":k"] = new Dictionary<string, object?> { ["S"] = "k1" } },
        });
        yield return ("sqs", "ListQueues", new() { ["QueueNamePrefix"] = "pagers-" });
        yield return ("iam", "ListUsers", new());
    }

    private static IEnumerable<PaginationConfig> Configs()
    {
        yield return new PaginationConfig();
        yield return new PaginationConfig { PageSize = 50 };
        yield return new PaginationConfig { MaxItems = 7 };
        yield return new PaginationConfig { MaxItems = 130, PageSize = 40 };
        yield return new PaginationConfig { MaxItems = 100, PageSize = 25 };
    }

    /// <summary>Every scenario pages exactly as botocore does, then resumes from the resume token as botocore does.</summary>
    [Test]
    public async Task Paginators_give_botocores_pages_tokens_and_full_results_against_moto()
    {
        var cases = Operations().SelectMany(o => Configs().Select(c => (o.Service, o.Operation, o.Params, Config: c))).ToList();
        var first = RunBotocore(cases, seed: !s_seeded);
        s_seeded = true;
        var mismatches = new List<string>();
        var resumed = new List<(string, string, Dictionary<string, object?>, PaginationConfig)>();
        for (int i = 0; i < cases.Count; i++)
        {
            var (service, operation, parameters, config) = cases[i];
            var theirs = first[i]!.AsObject();
            var ours = await RunOursAsync(service, operation, parameters, config);
            Compare($"{service}.{operation} {Describe(parameters)} {config}", ours, theirs, mismatches);
            if (theirs["resume"] is JsonValue token)
            {
                resumed.Add((service, operation, parameters, config with { StartingToken = token.GetValue<string>() }));
            }
        }
        // Second leg: botocore's resume tokens fed to both sides (so a boto3 token resumes here).
        var second = RunBotocore(resumed.Select(r => (r.Item1, r.Item2, r.Item3, r.Item4)).ToList(), seed: false);
        for (int i = 0; i < resumed.Count; i++)
        {
            var (service, operation, parameters, config) = resumed[i];
            var ours = await RunOursAsync(service, operation, parameters, config);
            Compare($"resumed {service}.{operation} {Describe(parameters)} {config}", ours, second[i]!.AsObject(), mismatches);
        }
        TestContext.Out.WriteLine($"paginator scenarios: {cases.Count + resumed.Count - mismatches.Count}/{cases.Count + resumed.Count} agree ({cases.Count} first, {resumed.Count} resumed from botocore's tokens)");
        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches.Take(10)));
    }

    private static void Compare(string name, JsonObject ours, JsonObject theirs, List<string> mismatches)
    {
        if (!JsonNode.DeepEquals(ours, theirs))
        {
            var a = ours.ToJsonString();
            var b = theirs.ToJsonString();
            int at = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(k => a[k] != b[k]);
            mismatches.Add($"{name}: differ at {at}: ours …{a.Substring(Math.Max(0, at - 80), Math.Min(200, a.Length - Math.Max(0, at - 80)))} | botocore …{b.Substring(Math.Max(0, at - 80), Math.Min(200, b.Length - Math.Max(0, at - 80)))}");
        }
    }

    private static async Task<JsonObject> RunOursAsync(string service, string operation, Dictionary<string, object?> parameters, PaginationConfig config)
    {
        var client = MotoFixture.NewSession(RepoPaths.Models).CreateClient(service, endpointUrl: MotoFixture.Server.EndpointUrl);
        var paginator = client.GetPaginator(operation);
        try
        {
            var pages = paginator.Paginate(parameters, config);
            var listed = new JsonArray();
            await foreach (var page in pages)
            {
                listed.Add(Plain(page));
            }
            var full = await paginator.Paginate(parameters, config).BuildFullResultAsync();
            return new JsonObject { ["pages"] = listed, ["resume"] = pages.ResumeToken, ["full"] = Plain(full) };
        }
        catch (BotoCoreError e)
        {
            return new JsonObject { ["error"] = $"{e.GetType().Name}: {e.Message}" };
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

    private static string Describe(Dictionary<string, object?> parameters) => Botocore.ToJson(parameters);
}
