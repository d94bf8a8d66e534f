using BotoSharp.Configuration;
using BotoSharp.Errors;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Configuration;

/// <summary>The S3 global, STS global and endpoint-discovery decisions equal botocore's.</summary>
public class EndpointConfigRulesTests
{
    private const string Script =
        "import botocore.session\n" +
        "from botocore.args import ClientArgsCreator\n" +
        "from botocore.client import ClientCreator\n" +
        "s = botocore.session.Session()\n" +
        "store = s.get_component('config_store')\n" +
        "a = ClientArgsCreator(None, None, None, None, None, store, None)\n" +
        "cc = ClientCreator(None, None, None, None, None, None, config_store=store)\n" +
        "def attempt(f):\n" +
        "    try: return f()\n" +
        "    except Exception as e: return type(e).__name__\n" +
        "emit({\n" +
        "  's3': [attempt(lambda: a._should_force_s3_global(r, c)) for r, c in INPUT['s3']],\n" +
        "  'sts': [attempt(lambda: a._should_set_global_sts_endpoint(r, None, {'metadata': {}})) for r in INPUT['sts']],\n" +
        "  'discovery': attempt(lambda: cc._normalize_endpoint_discovery_config(store.get_config_variable('endpoint_discovery_enabled'))),\n" +
        "})\n";

    private static readonly (string? Region, Dictionary<string, object?>? S3)[] s_s3 =
    {
        ("us-east-1", null), (null, null), ("us-west-2", null),
        ("us-east-1", new() { ["us_east_1_regional_endpoint"] = "regional" }),
        ("us-east-1", new() { ["us_east_1_regional_endpoint"] = "legacy" }),
        ("us-east-1", new() { ["us_east_1_regional_endpoint"] = "Regional" }),
    };

    private static readonly string?[] s_stsRegions = { "us-east-1", "eu-west-1", "ap-east-1", "aws-global", null };

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var (name, env) in new (string, Dictionary<string, string>)[]
        {
            ("defaults", new()),
            ("legacy sts and discovery true", new() { ["AWS_STS_REGIONAL_ENDPOINTS"] = "legacy", ["AWS_ENDPOINT_DISCOVERY_ENABLED"] = " TRUE " }),
            ("invalid sts setting and discovery", new() { ["AWS_STS_REGIONAL_ENDPOINTS"] = "global", ["AWS_ENDPOINT_DISCOVERY_ENABLED"] = "yes" }),
            ("discovery auto in capitals", new() { ["AWS_ENDPOINT_DISCOVERY_ENABLED"] = "AUTO" }),
        })
        {
            yield return new TestCaseData(env).SetName("Endpoint config rules match botocore: " + name);
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesBotocore(Dictionary<string, string> env)
    {
        var environment = new Dictionary<string, string>(env) { ["AWS_CONFIG_FILE"] = "/nonexistent", ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent" };
        var store = new Session(environment: environment).GetComponent<ConfigValueStore>("config_store");
        var ours = new Dictionary<string, object?>
        {
            ["s3"] = s_s3.Select(c => Attempt(() => ClientConfigCalculator.ShouldForceS3Global(c.Region, c.S3))).ToList(),
            ["sts"] = s_stsRegions.Select(r => Attempt(() => ClientConfigCalculator.ShouldUseGlobalStsEndpoint(r, null, false, store))).ToList(),
            ["discovery"] = Attempt(() => ClientConfigCalculator.ResolveEndpointDiscoveryEnabled(null, store)),
        };
        var input = new Dictionary<string, object?>
        {
            ["s3"] = s_s3.Select(c => new object?[] { c.Region, c.S3 }).ToList(),
            ["sts"] = s_stsRegions,
        };
        Assert.That(Botocore.ToJson(ours), Is.EqualTo(Botocore.Normalize(Botocore.Run(Script, input, environment))));
    }

    [Test]
    public void ClientConfigDiscoverySettingBeatsTheStore()
    {
        var store = new Session(environment: new Dictionary<string, string> { ["AWS_ENDPOINT_DISCOVERY_ENABLED"] = "bad" }).GetComponent<ConfigValueStore>("config_store");
        Assert.That(ClientConfigCalculator.ResolveEndpointDiscoveryEnabled(new ClientConfig { EndpointDiscoveryEnabled = false }, store), Is.EqualTo(false));
        Assert.Throws<InvalidEndpointDiscoveryConfigurationError>(() => ClientConfigCalculator.ResolveEndpointDiscoveryEnabled(null, store));
    }

    private static object? Attempt(Func<object?> f)
    {
        try
        {
            return f();
        }
        catch (BotoCoreError error)
        {
            return error.GetType().Name;
        }
    }
}
