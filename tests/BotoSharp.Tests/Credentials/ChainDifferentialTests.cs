using System.Text.Json.Nodes;
using BotoSharp.Errors;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Credentials;

/// <summary>
/// Runs every <see cref="ChainScenario"/> through botocore 1.43.11 and through <see cref="Session.GetCredentials"/>
/// and asserts the same keys, token, account and method, or the same error type and message. Where botocore
/// returns deferred credentials that call STS/SSO on first use, BotoSharp must return deferred credentials of the
/// same method without calling anything yet. botocore here has no <c>awscrt</c>, so it refuses login profiles
/// (<c>MissingDependencyException</c>); BotoSharp must then answer from the login provider (credentials or a login error).
/// </summary>
[NonParallelizable]
public class ChainDifferentialTests
{
    private const string Script = """
import os, botocore.session
from botocore.credentials import DeferredRefreshableCredentials, RefreshableCredentials
base = dict(os.environ)
out = {}
for sc in INPUT:
    os.environ.clear(); os.environ.update(base); os.environ.update(sc['env'])
    try:
        s = botocore.session.Session(profile=sc['profile']) if sc['profile'] else botocore.session.Session()
        c = s.get_credentials()
        if c is None:
            out[sc['name']] = None
        elif isinstance(c, DeferredRefreshableCredentials):
            out[sc['name']] = {'deferred': c.method}
        else:
            out[sc['name']] = {'access_key': c.access_key, 'secret_key': c.secret_key, 'token': c.token, 'account_id': c.account_id, 'method': c.method, 'refreshable': isinstance(c, RefreshableCredentials)}
    except Exception as e:
        if type(e).__name__ == 'MissingDependencyException':
            out[sc['name']] = {'needs_crt': 'login'}
        else:
            out[sc['name']] = {'error': type(e).__name__, 'message': str(e)}
emit(out)
""";

    private static readonly Lazy<(string Root, JsonObject Results)> s_botocore = new(RunBotocore);

    [OneTimeTearDown]
    public void RemoveScenarioFiles()
    {
        if (s_botocore.IsValueCreated && Directory.Exists(s_botocore.Value.Root))
        {
            Directory.Delete(s_botocore.Value.Root, recursive: true);
        }
    }

    private static IEnumerable<TestCaseData> Cases() => ChainScenario.All().Select(s => new TestCaseData(s).SetName("Botocore agrees: " + s.Name));

    [TestCaseSource(nameof(Cases))]
    public void BotoSharp_resolves_the_same_credentials_as_botocore(ChainScenario scenario)
    {
        var (root, results) = s_botocore.Value;
        var expected = results[scenario.Name];
        TestContext.Progress.WriteLine(scenario.Name + " => " + (expected?.ToJsonString() ?? "null"));
        var env = Environment(scenario, root);
        var session = new Session(profile: scenario.Profile, environment: env);
        if (expected is JsonObject { } obj && obj.ContainsKey("deferred"))
        {
            var deferred = session.GetCredentials();
            Assert.That(deferred, Is.InstanceOf<BotoSharp.Auth.DeferredRefreshableCredentials>());
            Assert.That(deferred!.Method, Is.EqualTo((string)obj["deferred"]!));
            return;
        }
        if (expected is JsonObject { } crt && crt.ContainsKey("needs_crt"))
        {
            try
            {
                Assert.That(session.GetCredentials()?.Method, Is.EqualTo("login"));
            }
            catch (LoginError)
            {
                // The session is not in the login cache: the login provider answered, as it must.
            }
            return;
        }
        if (expected is JsonObject { } err && err.ContainsKey("error"))
        {
            var thrown = Assert.Catch(() => session.GetCredentials())!;
            Assert.That((thrown.GetType().Name, thrown.Message), Is.EqualTo(((string)err["error"]!, (string)err["message"]!)));
            return;
        }
        var credentials = session.GetCredentials();
        var actual = credentials is null ? null : new JsonObject
        {
            ["access_key"] = credentials.AccessKey,
            ["secret_key"] = credentials.SecretKey,
            ["token"] = credentials.Token,
            ["account_id"] = credentials.AccountId,
            ["method"] = credentials.Method,
            ["refreshable"] = credentials is BotoSharp.Auth.RefreshableCredentials,
        };
        Assert.That(actual?.ToJsonString() ?? "null", Is.EqualTo(expected?.ToJsonString() ?? "null"));
    }

    private static Dictionary<string, string> Environment(ChainScenario scenario, string root)
    {
        var dir = Path.Combine(root, Slug(scenario.Name));
        var env = new Dictionary<string, string>
        {
            ["HOME"] = Path.Combine(root, "home"),
            ["AWS_CONFIG_FILE"] = Path.Combine(dir, "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(dir, "credentials"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["PATH"] = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
        };
        foreach (var (key, value) in scenario.Env ?? [])
        {
            env[key] = value.Replace("{DIR}", dir, StringComparison.Ordinal);
        }
        return env;
    }

    private static (string, JsonObject) RunBotocore()
    {
        var root = Path.Combine(Path.GetTempPath(), "botosharp-chain-" + Guid.NewGuid().ToString("N"));
        var input = new List<object>();
        foreach (var scenario in ChainScenario.All())
        {
            var dir = Path.Combine(root, Slug(scenario.Name));
            Directory.CreateDirectory(dir);
            if (scenario.Config is not null)
            {
                File.WriteAllText(Path.Combine(dir, "config"), scenario.Config.Replace("{DIR}", dir, StringComparison.Ordinal));
            }
            if (scenario.Credentials is not null)
            {
                File.WriteAllText(Path.Combine(dir, "credentials"), scenario.Credentials);
            }
            foreach (var (name, contents) in scenario.Files ?? [])
            {
                File.WriteAllText(Path.Combine(dir, name), contents);
            }
            input.Add(new { name = scenario.Name, profile = scenario.Profile, env = Environment(scenario, root) });
        }
        Directory.CreateDirectory(Path.Combine(root, "home"));
        return (root, (JsonObject)Botocore.Run(Script, input)!);
    }

    private static string Slug(string name) => new(name.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
}
