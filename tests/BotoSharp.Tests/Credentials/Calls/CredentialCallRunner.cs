using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BotoSharp.Auth;
using BotoSharp.Clients;
using BotoSharp.Http;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Credentials.Calls;

/// <summary>
/// Runs <see cref="CallScenario"/>s through botocore (credential_calls.py) and through BotoSharp, each in its own
/// folder and cache, and reports both in the same JSON shape so a test compares them with one equality.
/// </summary>
internal sealed class CredentialCallRunner : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "botosharp-calls-" + Guid.NewGuid().ToString("N"));
    private readonly string _url;

    public CredentialCallRunner(string url) => _url = url.TrimEnd('/');

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>The folder of one side of one scenario (config, token files, caches).</summary>
    public string Folder(CallScenario scenario, string side) =>
        Path.Combine(_root, side, new string(scenario.Name.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()));

    /// <summary>botocore's answers by scenario name.</summary>
    public JsonObject RunBotocore(IEnumerable<CallScenario> scenarios, bool identity)
    {
        var input = scenarios.Select(s =>
        {
            var env = Prepare(s, "botocore");
            return new Dictionary<string, object?>
            {
                ["name"] = s.Name, ["profile"] = s.Profile, ["env"] = env, ["cache"] = Path.Combine(Folder(s, "botocore"), "cache"),
                ["mfa"] = s.MfaCode, ["mfa_closed"] = s.MfaInputClosed, ["identity"] = identity,
            };
        }).ToList();
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "BotoSharp.Tests", "Credentials", "Calls", "credential_calls.py"));
        return (JsonObject)Botocore.Run(script, input)!;
    }

    /// <summary>BotoSharp's answer for one scenario.</summary>
    public async Task<JsonObject> RunBotoSharpAsync(CallScenario scenario, bool identity)
    {
        var env = Prepare(scenario, "botosharp");
        var cacheFolder = Path.Combine(Folder(scenario, "botosharp"), "cache");
        var requests = new JsonArray();
        var session = new Session(profile: scenario.Profile, environment: env);
        session.Register("before-send", kwargs =>
        {
            var request = (AwsRequest)kwargs["request"]!;
            lock (requests)
            {
                requests.Add(new JsonObject
                {
                    ["method"] = request.Method,
                    ["url"] = request.Url,
                    ["body"] = request.BodyBytes is { } body ? System.Text.Encoding.UTF8.GetString(body) : string.Empty,
                    ["signed"] = request.Headers.Contains("Authorization"),
                    ["bearer"] = request.Headers["x-amz-sso_bearer_token"],
                });
            }
            return null;
        });
        var result = new JsonObject();
        try
        {
            var resolver = session.GetComponent<CredentialResolver>("credential_provider");
            var assumeRole = (AssumeRoleProvider)resolver.GetProvider("assume-role");
            assumeRole.Cache = new JsonFileCache(cacheFolder);
            ((AssumeRoleWithWebIdentityProvider)resolver.GetProvider("assume-role-with-web-identity")).Cache = new JsonFileCache(cacheFolder);
            if (scenario.MfaCode is { } code)
            {
                assumeRole.Prompter = (_, _) => Task.FromResult(code);
            }
            if (scenario.MfaInputClosed)
            {
                assumeRole.Prompter = (prompt, token) => ConsoleMfaPrompter.PromptRedirectedAsync(prompt, TextReader.Null, TextWriter.Null, token);
            }
            var credentials = (await session.GetCredentialsAsync())!;
            var frozen = await credentials.GetFrozenCredentialsAsync();
            result["method"] = credentials.Method;
            result["account_id"] = frozen.AccountId;
            if (identity)
            {
                var sts = DynamicClient.Over(session.CreateClient("sts"));
                result["arn"] = (string)(await sts.InvokeAsync("GetCallerIdentity"))["Arn"]!;
            }
            if (session.GetAuthToken() is { } token)
            {
                result["bearer"] = (await token.GetFrozenTokenAsync()).Token;
            }
        }
        catch (Exception e)
        {
            result["error"] = e.GetType().Name;
            result["message"] = e.Message;
        }
        result["requests"] = requests;
        result["cache"] = CacheSummary(cacheFolder);
        result["sso_cache"] = CacheSummary(Path.Combine(env["HOME"], ".aws", "sso", "cache"));
        return result;
    }

    /// <summary>Runs every scenario on both sides; returns the names whose normalized answers differ (both printed).</summary>
    public async Task<List<string>> DisagreementsAsync(IReadOnlyList<CallScenario> scenarios, bool identity, Func<JsonNode?, string> normalize)
    {
        var botocore = RunBotocore(scenarios, identity);
        var failures = new List<string>();
        foreach (var scenario in scenarios)
        {
            var expected = normalize(botocore[scenario.Name]);
            var actual = normalize(await RunBotoSharpAsync(scenario, identity));
            NUnit.Framework.TestContext.Progress.WriteLine($"{scenario.Name}\n  botocore:  {expected}\n  botosharp: {actual}");
            if (expected != actual)
            {
                failures.Add(scenario.Name);
            }
        }
        return failures;
    }

    /// <summary>Makes generated role session names comparable: <c>botocore-session-&lt;unix time&gt;</c>.</summary>
    public static string Normalize(JsonNode? node) =>
        Regex.Replace(node?.ToJsonString() ?? "null", "botocore-session-[0-9]+", "botocore-session-N");

    private Dictionary<string, string> Prepare(CallScenario scenario, string side)
    {
        var dir = Folder(scenario, side);
        Directory.CreateDirectory(Path.Combine(dir, "cache"));
        string Expand(string text) => text.Replace("{DIR}", dir, StringComparison.Ordinal).Replace("{URL}", _url, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir, "config"), Expand(scenario.Config));
        foreach (var (name, contents) in scenario.Files ?? [])
        {
            var path = Path.Combine(dir, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Expand(contents));
        }
        var env = new Dictionary<string, string>
        {
            ["HOME"] = Path.Combine(dir, "home"),
            ["AWS_CONFIG_FILE"] = Path.Combine(dir, "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(dir, "credentials"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_DEFAULT_REGION"] = "us-east-1",
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
        };
        foreach (var (key, value) in scenario.Env ?? [])
        {
            env[key] = Expand(value);
        }
        return env;
    }

    private static JsonObject CacheSummary(string folder)
    {
        var files = new JsonObject();
        if (!Directory.Exists(folder))
        {
            return files;
        }
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            files[Path.GetFileName(path)] = Shape(JsonNode.Parse(File.ReadAllText(path)));
        }
        return files;
    }

    // The same reduction as credential_calls.py's shape(): values, except moto's generated keys and times' digits.
    private static JsonNode? Shape(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Where(p => p.Key is not "HTTPHeaders" and not "RequestId")
            .Select(p => KeyValuePair.Create(p.Key, p.Key is "AccessKeyId" or "SecretAccessKey" or "SessionToken" or "AssumedRoleId" ? JsonValue.Create("generated") : Shape(p.Value)))),
        JsonValue value when value.TryGetValue<string>(out var text) =>
            JsonValue.Create(Regex.IsMatch(text, @"^\d{4}-\d\d-\d\dT") ? Regex.Replace(text, @"\d", "9") : text),
        _ => node?.DeepClone(),
    };
}
