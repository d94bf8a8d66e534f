using BotoSharp.Configuration;

namespace BotoSharp.Tests.Configuration;

/// <summary>The value store and chains: overrides, copies, defaults and converters.</summary>
public class ConfigValueStoreTests
{
    [Test]
    public void OverrideBeatsTheProviderUntilCleared()
    {
        var store = new ConfigValueStore(new Dictionary<string, ConfigProvider> { ["x"] = new ConstantProvider("provided") });
        store.SetConfigVariable("x", "override");
        Assert.That(store.GetConfigVariable("x"), Is.EqualTo("override"));
        Assert.That(store.GetConfigProvider("x"), Is.Null);
        store.ClearConfigVariable("x");
        Assert.That(store.GetConfigVariable("x"), Is.EqualTo("provided"));
    }

    [Test]
    public void CopyKeepsOverridesAndIsolatesProviders()
    {
        var store = new ConfigValueStore(new Dictionary<string, ConfigProvider> { ["x"] = new ChainProvider(new[] { new ConstantProvider("a") }) });
        store.SetConfigVariable("y", "kept");
        var copy = store.Copy();
        ((ChainProvider)copy.GetConfigProvider("x")!).SetDefaultProvider(new ConstantProvider("b"));
        Assert.That(copy.GetConfigVariable("x"), Is.EqualTo("b"));
        Assert.That(store.GetConfigVariable("x"), Is.EqualTo("a"));
        Assert.That(copy.GetConfigVariable("y"), Is.EqualTo("kept"));
    }

    [Test]
    public void ChainSkipsNullsAndConvertsTheDefaultToo()
    {
        var chain = new ChainProvider(new ConfigProvider[] { new ConstantProvider(null), new ConstantProvider("7") }, Converters.Int);
        Assert.That(chain.Provide(), Is.EqualTo(7L));
        Assert.That(new ChainProvider(Array.Empty<ConfigProvider>()).Provide(), Is.Null);
    }

    [Test]
    public void SetDefaultProviderReplacesOnlyATrailingConstant()
    {
        var env = new Dictionary<string, string>();
        var chain = new ChainProvider(new ConfigProvider[] { new EnvironmentProvider("X", env), new ConstantProvider("old") });
        chain.SetDefaultProvider(new ConstantProvider("new"));
        Assert.That(chain.Providers, Has.Count.EqualTo(2));
        Assert.That(chain.Provide(), Is.EqualTo("new"));
        env["X"] = "user";
        Assert.That(chain.Provide(), Is.EqualTo("user"));
        var noDefault = new ChainProvider(new ConfigProvider[] { new EnvironmentProvider("Y", env) });
        noDefault.SetDefaultProvider(new ConstantProvider("appended"));
        Assert.That(noDefault.Providers, Has.Count.EqualTo(2));
    }

    [Test]
    public void UnknownNameIsNull()
    {
        Assert.That(new ConfigValueStore().GetConfigVariable("nope"), Is.Null);
    }

    [Test]
    public void EnvironmentProviderReadsTheMapLive()
    {
        var env = new Dictionary<string, string>();
        var provider = new EnvironmentProvider("AWS_DEFAULT_REGION", env);
        Assert.That(provider.Provide(), Is.Null);
        env["AWS_DEFAULT_REGION"] = "us-east-2";
        Assert.That(provider.Provide(), Is.EqualTo("us-east-2"));
    }
}
