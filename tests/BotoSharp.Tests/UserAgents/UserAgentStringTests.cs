using BotoSharp.Configuration;
using BotoSharp.Tests.Support;
using BotoSharp.UserAgents;

namespace BotoSharp.Tests.UserAgents;

/// <summary>The wire User-Agent header equals botocore's for the same platform facts, session and client config.</summary>
public class UserAgentStringTests
{
    private const string Script =
        "from botocore.useragent import UserAgentString\n" +
        "from botocore.config import Config\n" +
        "out = []\n" +
        "for c in INPUT:\n" +
        "    ua = UserAgentString(c['os'], c['release'], c['machine'], '3.11.7', 'CPython', c['exec'])\n" +
        "    ua.set_session_config(c['name'], c['version'], c['extra'])\n" +
        "    ua.set_client_features(set(c['features']))\n" +
        "    if c['config'] is not None: ua = ua.with_client_config(Config(**c['config']))\n" +
        "    out.append(ua.to_string())\n" +
        "emit(out)\n";

    private sealed record Case(string Name, string? Os, string? Release, string? Machine, string? Exec, string? SessionName,
        string? SessionVersion, string? Extra, string[] Features, Dictionary<string, object?>? Config);

    private static readonly Case[] s_cases =
    {
        new("plain linux", "Linux", "6.1.0", "x86_64", null, "Botocore", "1.43.11", "", Array.Empty<string>(), null),
        new("darwin maps to macos", "Darwin", "23.1.0", "arm64", null, "Botocore", "1.43.11", null, Array.Empty<string>(), null),
        new("unknown platform", "Plan 9", "4e", "MIPS", null, "Botocore", "1.43.11", null, Array.Empty<string>(), null),
        new("no platform", null, null, null, null, null, null, null, Array.Empty<string>(), null),
        new("custom session name keeps botocore as metadata", "Linux", "6", "x86_64", "AWS_Lambda_python3.11", "aws-cli", "2.0 beta", "sess/extra", new[] { "B" },
            new() { ["retries"] = new Dictionary<string, object?> { ["mode"] = "standard" }, ["user_agent_appid"] = "my app#1", ["user_agent_extra"] = "client/extra" }),
        new("endpoint discovery and retry mode", "Windows", "10", "AMD64", null, "Botocore", "1.43.11", null, new[] { "E" },
            new() { ["retries"] = new Dictionary<string, object?> { ["mode"] = "legacy" }, ["endpoint_discovery_enabled"] = true }),
        new("legacy override", "Linux", "6", "x86_64", null, "Botocore", "1.43.11", "sess", Array.Empty<string>(),
            new() { ["user_agent"] = "MyAgent/1.0", ["user_agent_extra"] = "cli" }),
        new("sanitised characters", "Linux", "6.1 (custom)", "x86_64", "env with spaces", "Tool Name", "1/2", null, Array.Empty<string>(), null),
    };

    private static IEnumerable<TestCaseData> Cases() =>
        s_cases.Select((c, i) => new TestCaseData(i).SetName("User agent matches botocore: " + c.Name));

    private static readonly Lazy<List<string>> s_oracle = new(() =>
    {
        var input = s_cases.Select(c => new Dictionary<string, object?>
        {
            ["os"] = c.Os, ["release"] = c.Release, ["machine"] = c.Machine, ["exec"] = c.Exec, ["name"] = c.SessionName,
            ["version"] = c.SessionVersion, ["extra"] = c.Extra, ["features"] = c.Features, ["config"] = c.Config,
        }).ToList();
        return Botocore.Run(Script, input)!.AsArray().Select(n => (string)n!).ToList();
    });

    [TestCaseSource(nameof(Cases))]
    public void MatchesBotocore(int index)
    {
        var c = s_cases[index];
        var ua = new UserAgentString(c.Os, c.Release, c.Machine, "python", "3.11.7", ("pyimpl", "CPython"), c.Exec)
            .SetSessionConfig(c.SessionName, c.SessionVersion, c.Extra);
        ua.SetClientFeatures(c.Features);
        if (c.Config is not null)
        {
            ua = ua.WithClientConfig(new ClientConfig(c.Config));
        }
        Assert.That(ua.ToString(), Is.EqualTo(s_oracle.Value[index]));
    }

    [Test]
    public void FeatureComponentIsTruncatedAtCommasTo1024Bytes()
    {
        var many = Enumerable.Range(0, 400).Select(i => "F" + i).ToList();
        string component = UserAgentFeatures.Component("m", string.Join(",", many), maxBytes: 1024);
        Assert.That(System.Text.Encoding.UTF8.GetByteCount(component), Is.LessThanOrEqualTo(1024));
        Assert.That(component, Does.StartWith("m/F0,F1,"));
        Assert.That(component, Does.Not.EndWith(","));
    }

    [Test]
    public void SessionRegistersTheUserAgentCreatorWithTheSessionExecutionEnvironment()
    {
        var session = new Session(environment: new Dictionary<string, string> { ["AWS_EXECUTION_ENV"] = "AWS_ECS_EC2" });
        string header = session.GetComponent<UserAgentString>("user_agent_creator").ToString();
        Assert.That(header, Does.StartWith("Botocore/1.43.11 ua/2.1 os/"));
        Assert.That(header, Does.Contain(" lang/dotnet#"));
        Assert.That(header, Does.EndWith(" exec-env/AWS_ECS_EC2"));
    }

    [Test]
    public void ARememberedHeaderIsReusedOnlyForEqualInputs()
    {
        UserAgentString Client(string? sessionExtra, string? appId, string retryMode, object? discovery) =>
            new UserAgentString("Linux", "6.1.0", "x86_64", "dotnet", "10.0.0", null, null)
                .SetSessionConfig("BotoSharp", "9.9.9", sessionExtra)
                .WithClientConfig(new ClientConfig
                {
                    UserAgentAppId = appId,
                    Retries = new Dictionary<string, object?> { ["mode"] = retryMode },
                    EndpointDiscoveryEnabled = discovery,
                });
        var variants = new[]
        {
            Client("one", "app-a", "legacy", null), Client("two", "app-a", "legacy", null), Client("one", "app-b", "legacy", null),
            Client("one", "app-a", "standard", null), Client("one", "app-a", "legacy", "auto"), Client("one", "app-a", "legacy", false),
        };
        // Twice each: the second answer comes from the process-wide memory and must equal a fresh build.
        var texts = variants.Select(ua => ua.ToString()).ToList();
        Assert.Multiple(() =>
        {
            for (var i = 0; i < variants.Length; i++)
            {
                Assert.That(variants[i].ToString(), Is.EqualTo(variants[i].Build(null)).And.EqualTo(texts[i]));
            }
        });
        Assert.That(texts.Take(5).Distinct().Count(), Is.EqualTo(5), "each differing input gives its own header");
        Assert.That(texts[5], Is.EqualTo(texts[0]), "endpoint discovery off reads as unset");
        var withFeatures = Client("one", "app-a", "legacy", null);
        withFeatures.SetClientFeatures(new[] { "B" });
        Assert.That(withFeatures.ToString(), Does.Contain(" m/B "));
    }

    [Test]
    public void UnknownFeatureIdsHaveNoCode()
    {
        Assert.That(UserAgentFeatures.CodeOf("WAITER"), Is.EqualTo("B"));
        Assert.That(UserAgentFeatures.CodeOf("NOPE"), Is.Null);
    }

    [Test]
    public void FeatureCodeTableEqualsBotocores()
    {
        var theirs = Botocore.Run("from botocore.useragent import _USERAGENT_FEATURE_MAPPINGS as m\nemit(dict(sorted(m.items())))\n");
        var ours = UserAgentFeatures.Codes.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => (object?)p.Value);
        Assert.That(Botocore.ToJson(ours), Is.EqualTo(Botocore.Normalize(theirs)));
    }
}
