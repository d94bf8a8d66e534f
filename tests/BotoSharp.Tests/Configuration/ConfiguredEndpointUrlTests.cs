using System.Text;
using System.Text.Json.Nodes;
using BotoSharp.Configuration;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Configuration;

/// <summary>The 39 cases of <c>conformance/configured-endpoint-urls/profile-tests.json</c>.</summary>
public class ConfiguredEndpointUrlTests
{
    private static JsonObject Suite() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Conformance, "configured-endpoint-urls", "profile-tests.json")))!
            ["testSuites"]![0]!.AsObject();

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var test in Suite()["endpointUrlTests"]!.AsArray())
        {
            yield return new TestCaseData(test!.ToJsonString()).SetName("Configured endpoint: " + (string)test["name"]!);
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void ResolvesTheEndpointUrlTheCaseExpects(string testJson)
    {
        var suite = Suite();
        var test = JsonNode.Parse(testJson)!;
        string dir = Path.Combine(Path.GetTempPath(), "botosharp-endpoints-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string configFile = Path.Combine(dir, "config");
            File.WriteAllText(configFile, ConfigText(suite), new UTF8Encoding(false));
            var environment = new Dictionary<string, string>
            {
                ["AWS_CONFIG_FILE"] = configFile,
                ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(dir, "missing-credentials"),
            };
            foreach (var (name, value) in suite["environments"]![(string)test["environment"]!]!.AsObject())
            {
                environment[name] = (string)value!;
            }
            var clientConfig = suite["client_configs"]![(string)test["client_config"]!]!.AsObject();
            string? endpointArg = clientConfig["endpoint_url"]?.GetValue<string>();
            var config = clientConfig["ignore_configured_endpoint_urls"] is { } ignore
                ? new ClientConfig { IgnoreConfiguredEndpointUrls = ignore.GetValue<bool>() } : null;
            string service = (string)test["service"]!;

            var session = new Session(profile: (string)test["profile"]!, environment: environment);
            var store = session.CreateClientConfigStore(service, config, session.GetConfigVariable("region") as string);
            string? configured = ConfiguredEndpointUrls.Compute(store, config, endpointArg);

            // With nothing configured the endpoint resolver answers; for these cases that is the regional default.
            string expected = (string)test["output"]!["endpointUrl"]!;
            string regionalDefault = $"https://{service}.{session.GetConfigVariable("region")}.amazonaws.com";
            Assert.That(configured ?? regionalDefault, Is.EqualTo(expected));
            if (expected == regionalDefault)
            {
                Assert.That(configured, Is.Null);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string ConfigText(JsonObject suite)
    {
        var text = new StringBuilder();
        foreach (var (name, profile) in suite["profiles"]!.AsObject())
        {
            text.Append(name == "default" ? "[default]\n" : $"[profile {name}]\n");
            AppendValues(text, profile!.AsObject());
        }
        foreach (var (name, services) in suite["services"]!.AsObject())
        {
            text.Append($"[services {name}]\n");
            AppendValues(text, services!.AsObject());
        }
        return text.ToString();
    }

    private static void AppendValues(StringBuilder text, JsonObject values)
    {
        foreach (var (key, value) in values)
        {
            if (value is JsonObject nested)
            {
                text.Append($"{key} =\n");
                foreach (var (innerKey, innerValue) in nested)
                {
                    text.Append($"  {innerKey} = {JsonText(innerValue)}\n");
                }
            }
            else
            {
                text.Append($"{key} = {JsonText(value)}\n");
            }
        }
    }

    private static string JsonText(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<bool>(out var b) ? (b ? "true" : "false") : value!.ToString();
}
