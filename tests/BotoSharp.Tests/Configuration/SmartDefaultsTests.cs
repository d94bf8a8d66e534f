using BotoSharp.Configuration;
using BotoSharp.Errors;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Configuration;

/// <summary>Smart defaults (<c>defaults_mode</c>) produce botocore's per-client store values.</summary>
public class SmartDefaultsTests
{
    private const string Script =
        "import botocore.session, copy\n" +
        "s = botocore.session.Session()\n" +
        "store = copy.copy(s.get_component('config_store'))\n" +
        "mode = s._resolve_defaults_mode(None, store)\n" +
        "if mode != 'legacy': s._get_internal_component('smart_defaults_factory').merge_smart_defaults(store, mode, INPUT)\n" +
        "emit([mode] + [store.get_config_variable(n) for n in ['retry_mode', 'sts_regional_endpoints', 's3', 'connect_timeout']])\n";

    private static IEnumerable<TestCaseData> Cases()
    {
        var cases = new (string Name, Dictionary<string, string> Env, string? Region)[]
        {
            ("legacy by default", new(), "us-east-1"),
            ("standard", new() { ["AWS_DEFAULTS_MODE"] = "standard" }, "us-east-1"),
            ("mobile in upper case", new() { ["AWS_DEFAULTS_MODE"] = "MOBILE" }, "us-east-1"),
            ("in-region keeps a user retry mode", new() { ["AWS_DEFAULTS_MODE"] = "in-region", ["AWS_RETRY_MODE"] = "adaptive" }, "us-east-1"),
            ("cross-region keeps a user s3 setting", new() { ["AWS_DEFAULTS_MODE"] = "cross-region", ["AWS_S3_US_EAST_1_REGIONAL_ENDPOINT"] = "legacy" }, "us-east-1"),
            ("auto in the same region", new() { ["AWS_DEFAULTS_MODE"] = "auto", ["AWS_EXECUTION_ENV"] = "AWS_Lambda", ["AWS_REGION"] = "us-east-1" }, "us-east-1"),
            ("auto in another region", new() { ["AWS_DEFAULTS_MODE"] = "auto", ["AWS_EXECUTION_ENV"] = "AWS_Lambda", ["AWS_DEFAULT_REGION"] = "eu-west-1" }, "us-east-1"),
        };
        foreach (var (name, env, region) in cases)
        {
            yield return new TestCaseData(env, region).SetName("Smart defaults match botocore: " + name);
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void MatchesBotocore(Dictionary<string, string> env, string? region)
    {
        var environment = new Dictionary<string, string>(env)
        {
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
        };
        var session = new Session(environment: environment);
        var store = session.CreateClientConfigStore("s3", null, region);
        string mode = session.ResolveDefaultsMode(null, session.GetComponent<ConfigValueStore>("config_store"));
        var ours = Botocore.ToJson(new List<object?>
        {
            mode, store.GetConfigVariable("retry_mode"), store.GetConfigVariable("sts_regional_endpoints"),
            store.GetConfigVariable("s3"), store.GetConfigVariable("connect_timeout"),
        });
        Assert.That(ours, Is.EqualTo(Botocore.Normalize(Botocore.Run(Script, region, environment))));
    }

    [Test]
    public void AutoWithoutAnExecutionEnvironmentOrInstanceMetadataIsStandard()
    {
        var factory = new SmartDefaultsConfigStoreFactory(
            new DefaultConfigResolver(BotoSharp.Loading.EmbeddedData.Read("sdk-default-configuration")), new Dictionary<string, string>());
        Assert.That(factory.ResolveAutoMode("us-east-1"), Is.EqualTo("standard"));
    }

    [Test]
    public void AutoUsesTheInstanceMetadataRegionWhenGiven()
    {
        var factory = new SmartDefaultsConfigStoreFactory(
            new DefaultConfigResolver(BotoSharp.Loading.EmbeddedData.Read("sdk-default-configuration")), new Dictionary<string, string>(), () => "us-west-2");
        Assert.That(factory.ResolveAutoMode("us-west-2"), Is.EqualTo("in-region"));
        Assert.That(factory.ResolveAutoMode("us-east-1"), Is.EqualTo("cross-region"));
    }

    [Test]
    public void UnknownDefaultsModeRaisesInvalidDefaultsMode()
    {
        var session = new Session(environment: new Dictionary<string, string> { ["AWS_DEFAULTS_MODE"] = "Turbo" });
        var error = Assert.Throws<InvalidDefaultsMode>(() => session.CreateClientConfigStore("s3", null, null));
        Assert.That(error!.Message, Is.EqualTo(
            "Client configured with invalid defaults mode: Turbo. Valid defaults modes include: legacy, auto, standard, in-region, cross-region, mobile."));
    }

    [Test]
    public void ClientConfigDefaultsModeBeatsTheStore()
    {
        var session = new Session(environment: new Dictionary<string, string> { ["AWS_DEFAULTS_MODE"] = "standard" });
        var store = session.GetComponent<ConfigValueStore>("config_store");
        Assert.That(session.ResolveDefaultsMode(new ClientConfig { DefaultsMode = "Mobile" }, store), Is.EqualTo("mobile"));
    }
}
