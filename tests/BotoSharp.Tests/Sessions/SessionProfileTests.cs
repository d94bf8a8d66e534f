using BotoSharp.Configuration;
using BotoSharp.Errors;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Sessions;

/// <summary>Profiles, scoped config and the parsed config files of a session.</summary>
public class SessionProfileTests
{
    private static string Cfg(string name) => Path.Combine(RepoPaths.Conformance, "cfg", name);

    private static Session SessionWith(string? configFile, Dictionary<string, string>? extra = null, string? profile = null)
    {
        var env = new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = configFile ?? Cfg("no_such_file"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Cfg("no_such_credentials"),
        };
        foreach (var (key, value) in extra ?? new())
        {
            env[key] = value;
        }
        return new Session(profile: profile, environment: env);
    }

    [Test]
    public void FooConfigListsDefaultAndFooProfiles()
    {
        Assert.That(SessionWith(Cfg("foo_config")).AvailableProfiles, Is.EqualTo(new[] { "default", "foo" }));
    }

    [Test]
    public void ExplicitDefaultProfileMissingFromTheFileRaisesProfileNotFound()
    {
        var session = SessionWith(Cfg("boto_config_empty"), profile: "default");
        var error = Assert.Throws<ProfileNotFound>(() => session.GetScopedConfig());
        Assert.That(error!.Profile, Is.EqualTo("default"));
    }

    [Test]
    public void WithoutAProfileTheScopedConfigIsTheDefaultProfileOrEmpty()
    {
        Assert.That(SessionWith(Cfg("foo_config")).GetScopedConfig()["foo_region"], Is.EqualTo("us-west-1"));
        Assert.That(SessionWith(Cfg("boto_config_empty")).GetScopedConfig(), Is.Empty);
    }

    [Test]
    public void MissingConfigFileGivesOnlyAnEmptyProfilesMap()
    {
        var full = SessionWith(null).FullConfig;
        Assert.That(full.Keys, Is.EqualTo(new[] { "profiles" }));
        Assert.That((Dictionary<string, object?>)full["profiles"]!, Is.Empty);
    }

    [Test]
    public void ProfileIsCachedOnFirstReadAndLaterSettingsOnlyChangeTheScopedConfig()
    {
        var session = SessionWith(Cfg("foo_config"), new() { ["AWS_PROFILE"] = "foo" });
        Assert.That(session.Profile, Is.EqualTo("foo"));
        session.SetConfigVariable("profile", "default");
        Assert.That(session.Profile, Is.EqualTo("foo"));
        Assert.That(session.GetScopedConfig().ContainsKey("foo_region"), Is.True);
    }

    [Test]
    public void AnUnsetProfileIsNotCached()
    {
        var session = SessionWith(Cfg("foo_config"));
        Assert.That(session.Profile, Is.Null);
        session.SetConfigVariable("profile", "foo");
        Assert.That(session.Profile, Is.EqualTo("foo"));
    }

    [Test]
    public void SettingTheProfilePropertySetsTheInstanceVariable()
    {
        var session = SessionWith(Cfg("foo_config"));
        session.Profile = "foo";
        Assert.That(session.InstanceVariables()["profile"], Is.EqualTo("foo"));
        Assert.That(session.GetConfigVariable("profile"), Is.EqualTo("foo"));
    }

    [Test]
    public void AwsRegionIsNotConsultedButAwsDefaultRegionIs()
    {
        Assert.That(SessionWith(null, new() { ["AWS_REGION"] = "us-east-2" }).GetConfigVariable("region"), Is.Null);
        Assert.That(SessionWith(null, new() { ["AWS_DEFAULT_REGION"] = "us-east-2" }).GetConfigVariable("region"), Is.EqualTo("us-east-2"));
    }

    [Test]
    public void ConfigFilesAreReadOnceForTheSessionLifetime()
    {
        string dir = Path.Combine(Path.GetTempPath(), "botosharp-once-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, "config");
        File.WriteAllText(path, "[default]\nregion = first\n");
        var session = SessionWith(path);
        Assert.That(session.GetConfigVariable("region"), Is.EqualTo("first"));
        File.WriteAllText(path, "[default]\nregion = second\n");
        Assert.That(session.GetConfigVariable("region"), Is.EqualTo("first"));
        Directory.Delete(dir, true);
    }

    [Test]
    public void SessionVarsFromGetSessionAddCustomVariables()
    {
        var vars = new Dictionary<string, SessionVariable> { ["foo"] = new("foo_region", "FOO_REGION", "fallback") };
        var env = new Dictionary<string, string> { ["AWS_CONFIG_FILE"] = Cfg("foo_config"), ["AWS_SHARED_CREDENTIALS_FILE"] = Cfg("none") };
        var session = new Session(vars, environment: env);
        Assert.That(session.GetConfigVariable("foo"), Is.EqualTo("us-west-1"));
        Assert.That(session.GetConfigVariable("foo", new[] { "env" }), Is.EqualTo("fallback"));
    }

    [Test]
    public void SettingASessionVarMapEntryRebuildsThatChain()
    {
        var session = SessionWith(null, new() { ["MY_REGION"] = "from-my-env" });
        Assert.That(session.GetConfigVariable("region"), Is.Null);
        session.SessionVarMap["region"] = new SessionVariable("region", "MY_REGION");
        Assert.That(session.GetConfigVariable("region"), Is.EqualTo("from-my-env"));
    }

    [Test]
    public void GetSessionReturnsANewSessionEveryCall()
    {
        Assert.That(Session.GetSession(), Is.Not.SameAs(Session.GetSession()));
    }

    [Test]
    public void UnknownVariableIsNull()
    {
        Assert.That(SessionWith(null).GetConfigVariable("no_such_variable"), Is.Null);
    }

    [Test]
    public void TildeInConfigPathExpandsFromTheEnvironmentHome()
    {
        string home = Path.Combine(Path.GetTempPath(), "botosharp-home-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(home, ".aws"));
        File.WriteAllText(Path.Combine(home, ".aws", "config"), "[default]\nregion = from-home\n");
        var session = new Session(environment: new Dictionary<string, string> { ["HOME"] = home });
        Assert.That(session.GetConfigVariable("region"), Is.EqualTo("from-home"));
        Assert.That(session.HomeDirectory, Is.EqualTo(home));
        Directory.Delete(home, true);
    }

    [Test]
    public void AwsDefaultProfileBeatsAwsProfile()
    {
        var session = SessionWith(Cfg("foo_config"), new() { ["AWS_DEFAULT_PROFILE"] = "foo", ["AWS_PROFILE"] = "default" });
        Assert.That(session.Profile, Is.EqualTo("foo"));
    }

    [Test]
    [NonParallelizable]
    public void InitializersRunWithEveryNewSessionUntilUnregistered()
    {
        var seen = new List<Session>();
        Action<Session> initializer = s => seen.Add(s);
        Session.RegisterInitializer(initializer);
        var first = SessionWith(null);
        Session.UnregisterInitializer(initializer);
        var second = SessionWith(null);
        Assert.That(seen, Does.Contain(first));
        Assert.That(seen, Does.Not.Contain(second));
        Assert.Throws<ArgumentException>(() => Session.UnregisterInitializer(initializer));
    }

    [Test]
    public void DefaultClientConfigIsNullUntilSetAndCanBeCleared()
    {
        var session = SessionWith(null);
        Assert.That(session.GetDefaultClientConfig(), Is.Null);
        var config = new ClientConfig { RegionName = "eu-west-1" };
        session.SetDefaultClientConfig(config);
        Assert.That(session.GetDefaultClientConfig(), Is.SameAs(config));
        session.SetDefaultClientConfig(null);
        Assert.That(session.GetDefaultClientConfig(), Is.Null);
    }

    [Test]
    public void InstanceVariablesIsACopy()
    {
        var session = SessionWith(null);
        session.SetConfigVariable("region", "r");
        var copy = (Dictionary<string, object?>)session.InstanceVariables();
        copy["region"] = "changed";
        Assert.That(session.GetConfigVariable("region"), Is.EqualTo("r"));
    }
}
