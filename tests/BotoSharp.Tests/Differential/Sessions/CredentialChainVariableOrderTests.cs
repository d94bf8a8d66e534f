using BotoSharp.Errors;

namespace BotoSharp.Tests.Differential.Sessions;

/// <summary>
/// Found by the randomized session test: building the credential chain reads its variables in botocore's order
/// (profile, IMDS timeout, attempts, endpoint, endpoint mode, then <c>imds_use_ipv6</c> only without a mode, v1
/// switch), so which error wins, and whether the config file is read at all, match botocore.
/// </summary>
public class CredentialChainVariableOrderTests
{
    private string _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _folder = Path.Combine(Path.GetTempPath(), "botosharp-chain-order-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        // Not INI at all: reading it is a ConfigParseError.
        File.WriteAllText(Path.Combine(_folder, "config"), "not an ini file\n");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    private Dictionary<string, string> Environment(params (string Name, string Value)[] extra)
    {
        var env = new Dictionary<string, string>
        {
            ["HOME"] = _folder,
            ["AWS_CONFIG_FILE"] = Path.Combine(_folder, "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(_folder, "credentials"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };
        foreach (var (name, value) in extra)
        {
            env[name] = value;
        }
        return env;
    }

    [Test]
    public void An_invalid_metadata_timeout_in_the_environment_fails_before_a_malformed_config_file_is_read()
    {
        var session = new Session(environment: Environment(("AWS_METADATA_SERVICE_TIMEOUT", "x")));

        var error = Assert.Throws<InvalidConfigError>(() => session.GetCredentials());

        Assert.That(error!.Message, Is.EqualTo("invalid literal for int() with base 10: 'x'"));
    }

    [Test]
    public void A_configured_endpoint_mode_means_imds_use_ipv6_is_never_read_from_a_malformed_config_file()
    {
        var session = new Session(environment: Environment(
            ("AWS_METADATA_SERVICE_TIMEOUT", "2"), ("AWS_METADATA_SERVICE_NUM_ATTEMPTS", "1"),
            ("AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://169.254.169.254"), ("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "ipv4"),
            ("AWS_EC2_METADATA_V1_DISABLED", "false"), ("AWS_ACCESS_KEY_ID", "AK"), ("AWS_SECRET_ACCESS_KEY", "SK")));

        var credentials = session.GetCredentials();

        Assert.That((credentials!.AccessKey, credentials.Method), Is.EqualTo(("AK", "env")));
    }
}
