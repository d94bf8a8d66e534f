using System.Globalization;
using System.Text.Json.Nodes;
using BotoSharp.Auth;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Credentials;

/// <summary>Bearer-token scenarios run through botocore's and BotoSharp's <c>get_auth_token</c>.</summary>
[NonParallelizable]
public class TokenDifferentialTests
{
    private const string Script = """
import os, botocore.session
base = dict(os.environ)
out = {}
for sc in INPUT['cases']:
    os.environ.clear(); os.environ.update(base); os.environ.update(sc['env'])
    try:
        t = botocore.session.Session().get_auth_token(**({'signing_name': sc['signing']} if sc['signing'] else {}))
        out[sc['name']] = None if t is None else {'token': (t if not hasattr(t, 'get_frozen_token') else t.get_frozen_token()).token}
    except Exception as e:
        out[sc['name']] = {'error': type(e).__name__, 'message': str(e)}
emit(out)
""";

    private static readonly (string Name, string Config, string? Cache, string? Signing, Dictionary<string, string> Env)[] s_cases =
    [
        ("Valid cached SSO token", Sso("valid"), $$"""{"accessToken": "good", "expiresAt": "{{Iso(2)}}"}""", null, []),
        ("Expired cached SSO token", Sso("expired"), $$"""{"accessToken": "old", "expiresAt": "{{Iso(-2)}}"}""", null, []),
        ("Missing cached SSO token", Sso("missing"), null, null, []),
        ("Invalid cached SSO token", Sso("invalid"), """{"expiresAt": "2099-01-01T00:00:00Z"}""", null, []),
        ("Missing sso-session section", "[default]\nsso_session = ghost\n", null, null, []),
        ("Scoped env token", "[default]\n", null, "bedrock-runtime", new() { ["AWS_BEARER_TOKEN_BEDROCK_RUNTIME"] = "envtok" }),
        ("Scoped env token beats SSO", Sso("valid2"), $$"""{"accessToken": "sso", "expiresAt": "{{Iso(2)}}"}""", "svc", new() { ["AWS_BEARER_TOKEN_SVC"] = "envtok" }),
        ("No token configured", "[default]\n", null, "svc", []),
    ];

    private static readonly Lazy<(string Home, JsonObject Results)> s_botocore = new(RunBotocore);

    [OneTimeTearDown]
    public void RemoveScenarioFiles()
    {
        if (s_botocore.IsValueCreated && Directory.Exists(s_botocore.Value.Home))
        {
            Directory.Delete(s_botocore.Value.Home, recursive: true);
        }
    }

    private static IEnumerable<TestCaseData> Cases() => s_cases.Select(c => new TestCaseData(c.Name).SetName("Botocore agrees on tokens: " + c.Name));

    [TestCaseSource(nameof(Cases))]
    public void BotoSharp_returns_the_same_token_as_botocore(string name)
    {
        var (home, results) = s_botocore.Value;
        var scenario = s_cases.Single(c => c.Name == name);
        var expected = results[name];
        var session = new Session(environment: Env(home, scenario.Name, scenario.Env));
        if (expected is JsonObject { } err && err.ContainsKey("error"))
        {
            var thrown = Assert.Catch(() => session.GetAuthToken(scenario.Signing)?.GetFrozenToken())!;
            Assert.That((thrown.GetType().Name, thrown.Message), Is.EqualTo(((string)err["error"]!, (string)err["message"]!)));
            return;
        }
        var token = session.GetAuthToken(scenario.Signing);
        Assert.That(token?.GetFrozenToken().Token, Is.EqualTo((string?)expected?["token"]));
    }

    private static string Sso(string session) =>
        $"[default]\nsso_session = {session}\n[sso-session {session}]\nsso_region = us-east-1\nsso_start_url = https://{session}.example/start\n";

    private static string Iso(int hours) =>
        DateTimeOffset.UtcNow.AddHours(hours).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Env(string home, string name, Dictionary<string, string> extra)
    {
        var env = new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["AWS_CONFIG_FILE"] = Path.Combine(home, Slug(name) + ".config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(home, "none"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };
        foreach (var (k, v) in extra)
        {
            env[k] = v;
        }
        return env;
    }

    private static (string, JsonObject) RunBotocore()
    {
        var home = Path.Combine(Path.GetTempPath(), "botosharp-tokens-" + Guid.NewGuid().ToString("N"));
        var cache = SSOTokenProvider.DefaultCacheDirectory(home);
        Directory.CreateDirectory(cache);
        foreach (var c in s_cases)
        {
            File.WriteAllText(Path.Combine(home, Slug(c.Name) + ".config"), c.Config);
            if (c.Cache is not null)
            {
                var session = c.Config.Split('\n')[1]["sso_session = ".Length..];
                File.WriteAllText(Path.Combine(cache, SSOTokenProvider.CacheFileName(session)), c.Cache);
            }
        }
        var input = new { cases = s_cases.Select(c => new { name = c.Name, signing = c.Signing, env = Env(home, c.Name, c.Env) }).ToList() };
        return (home, (JsonObject)Botocore.Run(Script, input, new Dictionary<string, string> { ["HOME"] = home })!);
    }

    private static string Slug(string name) => new(name.Select(ch => char.IsLetterOrDigit(ch) ? ch : '-').ToArray());
}
