using BotoSharp.Auth;
using BotoSharp.Configuration;
using BotoSharp.Errors;
using ConfigProvider = BotoSharp.Auth.ConfigProvider;

namespace BotoSharp.Tests.Credentials;

public class FileProviderTests
{
    private static IReadOnlyDictionary<string, object?> Raw(string path) => ConfigFileParser.RawConfigParse(path);

    private static IReadOnlyDictionary<string, object?> Config(string path) => ConfigFileParser.LoadConfig(path);

    [Test]
    public void The_shared_credentials_file_section_named_as_the_profile_supplies_keys_token_and_account()
    {
        using var files = new CredentialTestFiles(credentials: "[dev]\naws_access_key_id = AK\naws_secret_access_key = SK\naws_session_token = ST\naws_security_token = SEC\naws_account_id = 9\n");
        var credentials = new SharedCredentialProvider(files.CredentialsFile, "dev", Raw).Load()!;
        Assert.That(credentials.GetFrozenCredentials(), Is.EqualTo(new ReadOnlyCredentials("AK", "SK", "SEC", "9")));
        Assert.That(credentials.Method, Is.EqualTo("shared-credentials-file"));
    }

    [Test]
    public void The_shared_credentials_file_does_not_apply_profile_prefix_rules()
    {
        using var files = new CredentialTestFiles(credentials: "[profile dev]\naws_access_key_id = AK\naws_secret_access_key = SK\n");
        Assert.That(new SharedCredentialProvider(files.CredentialsFile, "dev", Raw).Load(), Is.Null);
        Assert.That(new SharedCredentialProvider(files.CredentialsFile, "profile dev", Raw).Load()!.AccessKey, Is.EqualTo("AK"));
    }

    [Test]
    public void A_shared_credentials_key_without_a_secret_is_a_partial_credentials_error()
    {
        using var files = new CredentialTestFiles(credentials: "[default]\naws_access_key_id = AK\n");
        Assert.That(() => new SharedCredentialProvider(files.CredentialsFile, null, Raw).Load(),
            Throws.TypeOf<PartialCredentialsError>().With.Message.EqualTo("Partial credentials found in shared-credentials-file, missing: aws_secret_access_key"));
    }

    [Test]
    public void A_missing_shared_credentials_file_finds_nothing()
    {
        using var files = new CredentialTestFiles();
        Assert.That(new SharedCredentialProvider(files.CredentialsFile, null, Raw).Load(), Is.Null);
    }

    [Test]
    public void The_config_file_profile_supplies_keys_with_profile_prefix_rules()
    {
        using var files = new CredentialTestFiles(config: "[profile dev]\naws_access_key_id = AK\naws_secret_access_key = SK\naws_session_token = ST\n");
        var credentials = new ConfigProvider(files.ConfigFile, "dev", Config).Load()!;
        Assert.That(credentials.GetFrozenCredentials(), Is.EqualTo(new ReadOnlyCredentials("AK", "SK", "ST")));
        Assert.That(credentials.Method, Is.EqualTo("config-file"));
        Assert.That(new ConfigProvider(files.ConfigFile, "other", Config).Load(), Is.Null);
    }

    [Test]
    public void A_config_file_key_without_a_secret_is_a_partial_credentials_error()
    {
        using var files = new CredentialTestFiles(config: "[default]\naws_access_key_id = AK\n");
        Assert.That(() => new ConfigProvider(files.ConfigFile, "default", Config).Load(),
            Throws.TypeOf<PartialCredentialsError>().With.Property("Provider").EqualTo("config-file"));
    }

    [Test]
    public void The_ec2_credentials_file_is_read_as_lenient_key_value_lines()
    {
        using var files = new CredentialTestFiles();
        var path = files.Write("ec2.txt", "# comment\nAWSAccessKeyId = AK \nnot a pair\nAWSSecretKey=S=K\n");
        var credentials = new OriginalEC2Provider(new Dictionary<string, string> { ["AWS_CREDENTIAL_FILE"] = path }).Load()!;
        Assert.That(credentials.GetFrozenCredentials(), Is.EqualTo(new ReadOnlyCredentials("AK", "S=K", null)));
        Assert.That(credentials.Method, Is.EqualTo("ec2-credentials-file"));
    }

    [Test]
    public void A_missing_ec2_credentials_file_stops_the_chain_with_config_not_found()
    {
        Assert.That(() => new OriginalEC2Provider(new Dictionary<string, string> { ["AWS_CREDENTIAL_FILE"] = "/nonexistent/ec2" }).Load(),
            Throws.TypeOf<ConfigNotFound>());
        Assert.That(new OriginalEC2Provider(new Dictionary<string, string>()).Load(), Is.Null);
    }

    [Test]
    public void The_boto_config_named_by_BOTO_CONFIG_supplies_the_Credentials_section()
    {
        using var files = new CredentialTestFiles();
        var path = files.Write("boto.cfg", "[Credentials]\naws_access_key_id = AK\naws_secret_access_key = SK\n");
        var credentials = new BotoProvider(new Dictionary<string, string> { ["BOTO_CONFIG"] = path }, Raw).Load()!;
        Assert.That(credentials.GetFrozenCredentials(), Is.EqualTo(new ReadOnlyCredentials("AK", "SK", null)));
        Assert.That(credentials.Method, Is.EqualTo("boto-config"));
    }

    [Test]
    public void A_boto_config_key_without_a_secret_is_a_partial_credentials_error()
    {
        using var files = new CredentialTestFiles();
        var path = files.Write("boto.cfg", "[Credentials]\naws_access_key_id = AK\n");
        Assert.That(() => new BotoProvider(new Dictionary<string, string> { ["BOTO_CONFIG"] = path }, Raw).Load(),
            Throws.TypeOf<PartialCredentialsError>().With.Property("Provider").EqualTo("boto-config"));
    }
}
