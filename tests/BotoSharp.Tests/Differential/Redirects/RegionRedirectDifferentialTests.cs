using System.Text;
using System.Text.Json.Nodes;
using BotoSharp.Clients;
using BotoSharp.Configuration;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Differential.Redirects;

/// <summary>
/// botocore's S3RegionRedirectorv2 against BotoSharp's: one scripted S3 (every bucket in eu-west-1, clients in
/// us-east-1) answers each wrong-region request the way S3 does (301 PermanentRedirect, 307, 400
/// AuthorizationHeaderMalformed with and without a Region, a bare 400 to HeadObject, IllegalLocationConstraint, no
/// region anywhere, an invalid region, a bucket that keeps redirecting). Each side's requests (method, path, signing
/// region), each call's result or error and RetryAttempts, and the per-client bucket cache must agree.
/// </summary>
[TestFixture]
[Category("Differential")]
public sealed class RegionRedirectDifferentialTests
{
    private static readonly (string Scenario, string[] Calls)[] s_scenarios =
    {
        ("perm", new[] { "ListObjectsV2" }),
        ("authmal", new[] { "ListObjectsV2" }),
        ("authmalbare", new[] { "ListObjectsV2" }),
        ("temp", new[] { "ListObjectsV2" }),
        ("optin", new[] { "ListObjectsV2" }),
        ("noregion", new[] { "ListObjectsV2" }),
        ("badregion", new[] { "ListObjectsV2" }),
        ("twice", new[] { "ListObjectsV2" }),
        ("headobj", new[] { "HeadObject" }),
        ("headbucket", new[] { "HeadBucket" }),
        ("cached", new[] { "ListObjectsV2", "ListObjectsV2", "HeadBucket" }),
    };

    [Test]
    public async Task Botocore_and_BotoSharp_follow_the_same_wrong_region_answers()
    {
        using var server = ScriptedServer.Start("Differential/Redirects/s3_region_server.py");
        var botocore = Botocore.Run(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", "Differential", "Redirects", "botocore_redirects.py")),
            new { endpoint = server.EndpointUrl, scenarios = s_scenarios.Select(s => new { bucket = $"py-{s.Scenario}", calls = s.Calls }) })!.AsObject();

        var table = new StringBuilder("| scenario | requests (botocore) | outcome | agree |\n|---|---|---|---|\n");
        var disagreements = new List<string>();
        foreach (var (scenario, calls) in s_scenarios)
        {
            var ours = await RunOursAsync(server.EndpointUrl, $"net-{scenario}", calls);
            var expected = Describe(botocore[$"py-{scenario}"]!.AsArray(), await server.LogAsync($"py-{scenario}"), $"py-{scenario}");
            var actual = Describe(ours, await server.LogAsync($"net-{scenario}"), $"net-{scenario}");
            var agree = expected == actual;
            if (!agree)
            {
                disagreements.Add($"{scenario}\n  botocore:  {expected}\n  BotoSharp: {actual}");
            }
            table.Append($"| {scenario} | {expected.Split(" => ")[0]} | {expected.Split(" => ")[1]} | {(agree ? "yes" : "NO")} |\n");
        }
        TestContext.Out.WriteLine(table.ToString());
        Assert.That(disagreements, Is.Empty, string.Join("\n", disagreements));
    }

    private static async Task<JsonArray> RunOursAsync(string endpointUrl, string bucket, string[] calls)
    {
        var session = new Session(environment: new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
        });
        var config = new ClientConfig { S3 = new Dictionary<string, object?> { ["addressing_style"] = "path" }, Retries = new Dictionary<string, object?> { ["mode"] = "legacy" } };
        var client = DynamicClient.Over(session.CreateClient("s3", "us-east-1", endpointUrl: endpointUrl, awsAccessKeyId: "AKID", awsSecretAccessKey: "secret", config: config));
        var outcomes = new JsonArray();
        foreach (var call in calls)
        {
            var parameters = new Dictionary<string, object?> { ["Bucket"] = bucket };
            if (call == "HeadObject")
            {
                parameters["Key"] = "some/key.txt";
            }
            try
            {
                var response = await client.InvokeAsync(call, parameters);
                outcomes.Add(new JsonObject { ["result"] = "ok", ["retry_attempts"] = (long)((Dictionary<string, object?>)response["ResponseMetadata"]!)["RetryAttempts"]! });
            }
            catch (Exception error)
            {
                outcomes.Add(new JsonObject { ["result"] = error.GetType().Name, ["message"] = error.Message });
            }
        }
        return outcomes;
    }

    // "METHOD path@region, ... => result rc=N | ..." with the side's bucket name replaced, so both sides compare equal.
    private static string Describe(JsonArray outcomes, JsonArray log, string bucket)
    {
        var requests = string.Join(", ", log.Select(r => $"{r!["method"]} {r["path"]}@{r["region"]}"));
        var results = string.Join(" | ", outcomes.Select(o => $"{o!["result"]} rc={o["retry_attempts"]?.ToJsonString() ?? "-"} msg={o["message"]?.GetValue<string>() ?? "-"}"));
        return $"{requests} => {results}".Replace(bucket, "{bucket}", StringComparison.Ordinal);
    }
}
