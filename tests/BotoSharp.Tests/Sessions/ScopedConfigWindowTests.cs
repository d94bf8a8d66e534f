using BotoSharp.Configuration;
using BotoSharp.Errors;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Sessions;

/// <summary>
/// The window in which one client creation resolves the profile once (<c>Session.OpenScopedConfigWindow</c>): inside
/// it the scoped config must still follow every change made through the session or its store.
/// </summary>
public sealed class ScopedConfigWindowTests
{
    private static Session SessionOverFooConfig(Dictionary<string, string>? env = null)
    {
        env ??= new Dictionary<string, string>();
        env["AWS_CONFIG_FILE"] = Path.Combine(RepoPaths.Conformance, "cfg", "foo_config");
        env["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(RepoPaths.Conformance, "cfg", "no_such_credentials");
        return new Session(environment: env);
    }

    private static object? AccessKey(Session session) => session.GetScopedConfig().GetValueOrDefault("aws_access_key_id");

    [Test]
    public void InsideAWindowAnInstanceVariableChangeIsSeenAtOnce()
    {
        var session = SessionOverFooConfig();
        using (session.OpenScopedConfigWindow())
        {
            Assert.That(AccessKey(session), Is.EqualTo("foo"));
            session.SetConfigVariable("profile", "foo");
            Assert.That(AccessKey(session), Is.EqualTo("fie"));
            session.Profile = null;
            Assert.That(AccessKey(session), Is.EqualTo("foo"));
        }
    }

    [Test]
    public void InsideAWindowAStoreOverrideOrProviderIsSeenAtOnce()
    {
        var session = SessionOverFooConfig();
        var store = session.GetComponent<ConfigValueStore>("config_store");
        using (session.OpenScopedConfigWindow())
        {
            Assert.That(AccessKey(session), Is.EqualTo("foo"));
            store.SetConfigVariable("profile", "foo");
            Assert.That(AccessKey(session), Is.EqualTo("fie"));
            store.ClearConfigVariable("profile");
            Assert.That(AccessKey(session), Is.EqualTo("foo"));
            store.SetConfigProvider("profile", new ConstantProvider("foo"));
            Assert.That(AccessKey(session), Is.EqualTo("fie"));
        }
    }

    [Test]
    public void InsideAWindowARegisteredConfigStoreIsSeenAtOnce()
    {
        var session = SessionOverFooConfig();
        using (session.OpenScopedConfigWindow())
        {
            Assert.That(AccessKey(session), Is.EqualTo("foo"));
            session.RegisterComponent("config_store", new ConfigValueStore(new Dictionary<string, ConfigProvider> { ["profile"] = new ConstantProvider("foo") }));
            Assert.That(AccessKey(session), Is.EqualTo("fie"));
        }
    }

    [Test]
    public void AMissingProfileRaisesOnEveryReadAndIsNotKept()
    {
        var session = SessionOverFooConfig();
        using (session.OpenScopedConfigWindow())
        {
            session.SetConfigVariable("profile", "nope");
            Assert.Throws<ProfileNotFound>(() => session.GetScopedConfig());
            Assert.Throws<ProfileNotFound>(() => session.GetScopedConfig());
            session.SetConfigVariable("profile", null);
            Assert.That(AccessKey(session), Is.EqualTo("foo"));
        }
    }

    [Test]
    public void AfterTheWindowAnEnvironmentChangeIsSeen()
    {
        var env = new Dictionary<string, string>();
        var session = SessionOverFooConfig(env);
        using (session.OpenScopedConfigWindow())
        {
            Assert.That(AccessKey(session), Is.EqualTo("foo"));
        }
        env["AWS_PROFILE"] = "foo";
        Assert.That(AccessKey(session), Is.EqualTo("fie"));
        using (session.OpenScopedConfigWindow())
        {
            Assert.That(AccessKey(session), Is.EqualTo("fie"));
        }
    }

    [Test]
    public void AnotherSessionReadsItsOwnProfileWhileAWindowIsOpenAndWindowsNest()
    {
        var first = SessionOverFooConfig();
        var second = SessionOverFooConfig(new Dictionary<string, string> { ["AWS_PROFILE"] = "foo" });
        using (first.OpenScopedConfigWindow())
        {
            Assert.That(AccessKey(first), Is.EqualTo("foo"));
            Assert.That(AccessKey(second), Is.EqualTo("fie"));
            using (second.OpenScopedConfigWindow())
            {
                Assert.That(AccessKey(second), Is.EqualTo("fie"));
                Assert.That(AccessKey(first), Is.EqualTo("foo"));
            }
            first.SetConfigVariable("profile", "foo");
            Assert.That(AccessKey(first), Is.EqualTo("fie"));
        }
    }

    [Test]
    public void AClientCreatedOverAProfileReadsThatProfilesRegion()
    {
        var dir = Directory.CreateTempSubdirectory("botosharp-window-");
        try
        {
            var config = Path.Combine(dir.FullName, "config");
            File.WriteAllText(config, "[default]\nregion = us-west-1\n[profile other]\nregion = eu-west-2\nretry_mode = standard\n");
            var env = new Dictionary<string, string>
            {
                ["AWS_CONFIG_FILE"] = config,
                ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(dir.FullName, "credentials"),
                ["AWS_PROFILE"] = "other",
            };
            using var client = new Session(environment: env).CreateClient("sqs", awsAccessKeyId: "a", awsSecretAccessKey: "b");
            Assert.That(client.Meta.RegionName, Is.EqualTo("eu-west-2"));
            Assert.That(client.Meta.Config.Retries?["mode"], Is.EqualTo("standard"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
