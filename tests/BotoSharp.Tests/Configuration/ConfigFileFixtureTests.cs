using BotoSharp.Configuration;
using BotoSharp.Errors;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Configuration;

/// <summary>Every file of <c>conformance/cfg</c> behaves as that folder's README table says.</summary>
public class ConfigFileFixtureTests
{
    private static string Cfg(string name) => Path.Combine(RepoPaths.Conformance, "cfg", name);

    private static Dictionary<string, object?> Profiles(Dictionary<string, object?> loaded) =>
        (Dictionary<string, object?>)loaded["profiles"]!;

    private static Dictionary<string, object?> Map(object? value) => (Dictionary<string, object?>)value!;

    [Test]
    public void AwsConfigHasRawQuotedSectionAndStrippedProfileNames()
    {
        var raw = ConfigFileParser.RawConfigParse(Cfg("aws_config"));
        Assert.That(raw.Keys, Is.EqualTo(new[] { "default", "profile \"personal\"" }));
        var profiles = Profiles(ConfigFileParser.LoadConfig(Cfg("aws_config")));
        Assert.That(profiles.Keys, Is.EqualTo(new[] { "default", "personal" }));
        Assert.That(Map(profiles["personal"])["aws_security_token"], Is.EqualTo("fiebaz"));
    }

    [TestCase("aws_config_bad", TestName = "Key lines before any section are a parse error")]
    [TestCase("aws_config_badbytes", TestName = "Bytes that are not UTF-8 are a parse error")]
    [TestCase("aws_config_nested_bad", TestName = "A sub-section line without an equals sign is a parse error")]
    public void MalformedFileRaisesConfigParseErrorNamingTheFile(string name)
    {
        var error = Assert.Throws<ConfigParseError>(() => ConfigFileParser.LoadConfig(Cfg(name)));
        Assert.That(error!.Path, Is.EqualTo(Cfg(name)));
        Assert.That(error.Message, Does.Contain(name));
    }

    [Test]
    public void BadProfileHeadersAreSilentlyDropped()
    {
        var profiles = Profiles(ConfigFileParser.LoadConfig(Cfg("aws_bad_profile")));
        Assert.That(profiles.Keys, Is.EqualTo(new[] { "default", "my profile", "personal1" }));
    }

    [Test]
    public void IndentedBlocksBecomeNestedSections()
    {
        var profile = Map(Profiles(ConfigFileParser.LoadConfig(Cfg("aws_config_nested")))["default"]);
        Assert.That(Map(profile["s3"])["signature_version"], Is.EqualTo("s3v4"));
        Assert.That(Map(profile["s3"])["addressing_style"], Is.EqualTo("path"));
        Assert.That(Map(profile["cloudwatch"])["signature_version"], Is.EqualTo("v4"));
        Assert.That(profile["region"], Is.EqualTo("us-west-2"));
    }

    [Test]
    public void WithSubSectionParsingOffTheIndentedBlocksStayRawText()
    {
        var section = Map(ConfigFileParser.RawConfigParse(Cfg("aws_config_nested"), parseSubsections: false)["default"]);
        Assert.That(section["s3"], Is.EqualTo("\nsignature_version = s3v4\naddressing_style = path"));
        Assert.That(section["cloudwatch"], Is.EqualTo("\nsignature_version = v4"));
    }

    [Test]
    public void MultiFileLoadLetsTheFirstFileWinAndMergesProfiles()
    {
        var loaded = ConfigFileParser.MultiFileLoadConfig(new[]
        {
            Cfg("aws_config_other"), Cfg("aws_config"), Cfg("aws_third_config"), Cfg("no_such_file"),
        });
        var profiles = Profiles(loaded);
        Assert.That(Map(profiles["default"])["aws_access_key_id"], Is.EqualTo("other_foo"));
        Assert.That(Map(profiles["default"])["aws_secret_access_key"], Is.EqualTo("other_bar"));
        Assert.That(profiles.ContainsKey("personal"), Is.True);
        Assert.That(Map(profiles["third"])["aws_access_key_id"], Is.EqualTo("third_fie"));
        Assert.That(Map(profiles["third"])["aws_secret_access_key"], Is.EqualTo("third_baz"));
        Assert.That(Map(profiles["third"])["aws_security_token"], Is.EqualTo("third_fiebaz"));
    }

    [Test]
    public void SsoSessionSectionsGoToTheirOwnMap()
    {
        var loaded = ConfigFileParser.LoadConfig(Cfg("aws_sso_session_config"));
        var sso = Map(Map(loaded["sso_sessions"])["sso"]);
        Assert.That(sso["sso_region"], Is.EqualTo("us-east-1"));
        Assert.That(sso["sso_start_url"], Is.EqualTo("https://example.com"));
        Assert.That(Map(Profiles(loaded)["default"])["sso_session"], Is.EqualTo("sso"));
        Assert.That(Profiles(loaded).ContainsKey("sso"), Is.False);
    }

    [Test]
    public void ServicesSectionsGoToTheirOwnMapWithNestedEndpoints()
    {
        var loaded = ConfigFileParser.LoadConfig(Cfg("aws_services_config"));
        var services = Map(Map(loaded["services"])["my-services"]);
        Assert.That(Map(services["s3"])["endpoint_url"], Is.EqualTo("https://localhost:5678/"));
        Assert.That(Map(services["dynamodb"])["endpoint_url"], Is.EqualTo("https://localhost:8888/"));
        var profile = Map(Profiles(loaded)["default"]);
        Assert.That(profile.ContainsKey("endpoint_url"), Is.True);
        Assert.That(profile["services"], Is.EqualTo("my-services"));
    }

    [Test]
    public void FooConfigHasTwoProfilesAndACustomKey()
    {
        var profiles = Profiles(ConfigFileParser.LoadConfig(Cfg("foo_config")));
        Assert.That(profiles.Keys, Is.EqualTo(new[] { "default", "foo" }));
        Assert.That(Map(profiles["default"])["foo_region"], Is.EqualTo("us-west-1"));
    }

    [Test]
    public void BotoConfigEmptyHasNoDefaultProfile()
    {
        var loaded = ConfigFileParser.LoadConfig(Cfg("boto_config_empty"));
        Assert.That(Profiles(loaded), Is.Empty);
        Assert.That(loaded.ContainsKey("Credentials"), Is.True);
    }

    [TestCase("aws_config_nocreds")]
    [TestCase("boto_config")]
    public void UnusedIniFixturesParse(string name)
    {
        Assert.That(ConfigFileParser.RawConfigParse(Cfg(name)), Is.Not.Empty);
    }

    [Test]
    public void LegacyKeyValueCredentialsFileIsNotIniAndFailsToParse()
    {
        // botocore reads this AWSAccessKeyId= format with a different reader; as INI it has no section header.
        Assert.Throws<ConfigParseError>(() => ConfigFileParser.RawConfigParse(Cfg("aws_credentials")));
    }

    [Test]
    public void MissingFileRaisesConfigNotFound()
    {
        Assert.Throws<ConfigNotFound>(() => ConfigFileParser.LoadConfig(Cfg("no_such_file")));
    }
}
