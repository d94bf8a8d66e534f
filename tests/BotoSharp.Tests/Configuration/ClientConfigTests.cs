using BotoSharp.Configuration;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Configuration;

/// <summary>botocore's <c>Config</c>: defaults, user-supplied tracking, merge and validation.</summary>
public class ClientConfigTests
{
    [Test]
    public void UnsetOptionsReadAsBotocoreDefaults()
    {
        var config = new ClientConfig();
        Assert.That(config.ConnectTimeout, Is.EqualTo(60));
        Assert.That(config.ReadTimeout, Is.EqualTo(60));
        Assert.That(config.ParameterValidation, Is.True);
        Assert.That(config.MaxPoolConnections, Is.EqualTo(10));
        Assert.That(config.InjectHostPrefix, Is.True);
        Assert.That(config.RegionName, Is.Null);
        Assert.That(config.UserProvidedOptions, Is.Empty);
    }

    [Test]
    public void NonLegacyDefaultsModeRemovesTheConnectTimeoutDefault()
    {
        Assert.That(new ClientConfig { DefaultsMode = "standard" }.ConnectTimeout, Is.Null);
        Assert.That(new ClientConfig { DefaultsMode = "legacy" }.ConnectTimeout, Is.EqualTo(60));
    }

    [Test]
    public void MergeTakesOnlyUserSuppliedOptionsAndTheOtherWins()
    {
        var first = new ClientConfig { RegionName = "us-east-1", ConnectTimeout = 5 };
        var second = new ClientConfig { RegionName = "eu-west-1", ReadTimeout = 7 };
        var merged = first.Merge(second);
        Assert.That(merged.RegionName, Is.EqualTo("eu-west-1"));
        Assert.That(merged.ConnectTimeout, Is.EqualTo(5));
        Assert.That(merged.ReadTimeout, Is.EqualTo(7));
        Assert.That(merged.UserProvidedOptions.Keys, Is.EquivalentTo(new[] { "region_name", "connect_timeout", "read_timeout" }));
    }

    [Test]
    public void ADefaultNeverOverridesAUserValueInMerge()
    {
        var merged = new ClientConfig { ConnectTimeout = 5 }.Merge(new ClientConfig());
        Assert.That(merged.ConnectTimeout, Is.EqualTo(5));
    }

    [Test]
    public void InjectHostPrefixSetToFalseIsUserProvided()
    {
        var config = new ClientConfig { InjectHostPrefix = false };
        Assert.That(config.InjectHostPrefix, Is.False);
        Assert.That(config.IsUserProvided("inject_host_prefix"), Is.True);
        Assert.That(new ClientConfig().IsUserProvided("inject_host_prefix"), Is.False);
    }

    [Test]
    public void UnsignedIsASentinelForSignatureVersion()
    {
        Assert.That(new ClientConfig { SignatureVersion = ClientConfig.Unsigned }.IsUnsigned, Is.True);
        Assert.That(new ClientConfig { SignatureVersion = "UNSIGNED" }.IsUnsigned, Is.False);
    }

    [Test]
    public void InvalidAddressingStyleRaises()
    {
        var error = Assert.Throws<InvalidS3AddressingStyleError>(() =>
            _ = new ClientConfig { S3 = new Dictionary<string, object?> { ["addressing_style"] = "foo" } });
        Assert.That(error!.Message, Is.EqualTo("S3 addressing style foo is invalid. Valid options are: 'auto', 'virtual', and 'path'"));
    }

    [Test]
    public void UnknownRetryOptionRaisesWithBotocoresMessage()
    {
        var error = Assert.Throws<InvalidRetryConfigurationError>(() =>
            _ = new ClientConfig { Retries = new Dictionary<string, object?> { ["foo"] = 1 } });
        Assert.That(error!.Message, Is.EqualTo(
            "Cannot provide retry configuration for \"foo\". Valid retry configuration options are: ('max_attempts', 'mode', 'total_max_attempts')"));
    }

    [TestCase("max_attempts", -1, "0")]
    [TestCase("total_max_attempts", 0, "1")]
    public void RetryAttemptsBelowTheMinimumRaise(string key, int value, string minimum)
    {
        var error = Assert.Throws<InvalidMaxRetryAttemptsError>(() =>
            _ = new ClientConfig { Retries = new Dictionary<string, object?> { [key] = value } });
        Assert.That(error!.MinValue, Is.EqualTo(minimum));
    }

    [Test]
    public void UnknownRetryModeRaises()
    {
        var error = Assert.Throws<InvalidRetryModeError>(() =>
            _ = new ClientConfig { Retries = new Dictionary<string, object?> { ["mode"] = "fast" } });
        Assert.That(error!.Message, Is.EqualTo("Invalid value provided to \"mode\": \"fast\" must be one of: ('legacy', 'standard', 'adaptive')"));
    }

    [Test]
    public void ValidRetriesAreAccepted()
    {
        var config = new ClientConfig { Retries = new Dictionary<string, object?> { ["max_attempts"] = 0, ["mode"] = "adaptive", ["total_max_attempts"] = 1 } };
        Assert.That(config.Retries!["mode"], Is.EqualTo("adaptive"));
    }

    [Test]
    public void OptionsByNameRejectUnknownNamesAndWrongTypes()
    {
        Assert.Throws<ArgumentException>(() => _ = new ClientConfig(new Dictionary<string, object?> { ["nope"] = 1 }));
        Assert.Throws<ArgumentException>(() => _ = new ClientConfig(new Dictionary<string, object?> { ["connect_timeout"] = "soon" }));
        var config = new ClientConfig(new Dictionary<string, object?> { ["connect_timeout"] = 5, ["region_name"] = "r" });
        Assert.That(config.ConnectTimeout, Is.EqualTo(5.0));
        Assert.That(config.GetOption("region_name"), Is.EqualTo("r"));
    }

    [Test]
    public void EveryBotocoreOptionIsKnown()
    {
        Assert.That(ClientConfig.OptionNames, Has.Count.EqualTo(30));
        foreach (string name in ClientConfig.OptionNames)
        {
            Assert.DoesNotThrow(() => new ClientConfig().GetOption(name));
        }
    }

    [Test]
    public void AFinalConfigOverTheCalculatorsOptionsChecksAndConvertsAsThePublicConstructor()
    {
        var typed = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["region_name"] = "eu-west-1", ["retries"] = new Dictionary<string, object?> { ["mode"] = "standard" }, ["connect_timeout"] = 5.0,
        };
        var adopted = ClientConfig.FromFinalOptions(typed);
        Assert.That(adopted.UserProvidedOptions, Is.EqualTo(new ClientConfig(typed).UserProvidedOptions));
        Assert.That(adopted.ConnectTimeout, Is.EqualTo(5.0));

        // A value of another numeric type is converted on a copy, so the calculator's options keep what they held.
        var untyped = new Dictionary<string, object?>(StringComparer.Ordinal) { ["connect_timeout"] = 5L, ["region_name"] = "eu-west-1" };
        var converted = ClientConfig.FromFinalOptions(untyped);
        Assert.That(converted.ConnectTimeout, Is.EqualTo(5.0));
        Assert.That(untyped["connect_timeout"], Is.EqualTo(5L));

        Dictionary<string, object?> BadRetries() => new(StringComparer.Ordinal) { ["retries"] = new Dictionary<string, object?> { ["mode"] = "bogus" } };
        Assert.Throws<InvalidRetryModeError>(() => new ClientConfig(BadRetries()));
        Assert.Throws<InvalidRetryModeError>(() => ClientConfig.FromFinalOptions(BadRetries()));
        Assert.Throws<ArgumentException>(() => ClientConfig.FromFinalOptions(new(StringComparer.Ordinal) { ["no_such_option"] = 1 }));
    }
}
