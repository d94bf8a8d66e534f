using BotoSharp.Auth;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Credentials;

public class ProfileProviderTests
{
    private const string Role = "role_arn = arn:aws:iam::1:role/x\n";

    [Test]
    public void A_container_credential_source_is_fetched_at_load_and_sts_is_called_only_on_first_use()
    {
        using var server = new LocalHttpServer(_ => Reply.Ok("""{"AccessKeyId": "CAK", "SecretAccessKey": "CSK", "Token": "CT", "Expiration": "2099-01-01T00:00:00Z"}"""));
        using var files = new CredentialTestFiles(config: "[profile r]\n" + Role + "credential_source = EcsContainer\n");
        var options = files.Options(new() { ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = server.BaseUrl }, profile: "r", explicitProfile: true);
        var credentials = DefaultCredentialChain.Create(options).LoadCredentials();
        Assert.That(credentials, Is.InstanceOf<DeferredRefreshableCredentials>());
        Assert.That(credentials!.Method, Is.EqualTo("assume-role"));
        Assert.That(server.RequestList, Has.Count.EqualTo(1));
    }

    [Test]
    public void An_instance_metadata_source_without_credentials_names_the_source()
    {
        using var files = new CredentialTestFiles(config: "[profile r]\n" + Role + "credential_source = Ec2InstanceMetadata\n");
        Assert.That(() => DefaultCredentialChain.Create(files.Options(profile: "r")).LoadCredentials(),
            Throws.TypeOf<CredentialRetrievalError>().With.Message.EqualTo(
                "Error when retrieving credentials from Ec2InstanceMetadata: No credentials found in credential_source referenced in profile r"));
    }

    [Test]
    public void A_credential_source_without_a_sourcer_is_an_invalid_config_error()
    {
        using var files = new CredentialTestFiles(config: "[profile r]\n" + Role + "credential_source = Environment\n");
        Assert.That(() => new AssumeRoleProvider(files.FullConfig, "r").Load(), Throws.TypeOf<InvalidConfigError>().With.Message.EqualTo(
            "The credential_source \"Environment\" is specified in profile \"r\", but no source provider was configured."));
    }

    [Test]
    public void Without_a_profile_builder_static_source_keys_are_read_directly()
    {
        using var files = new CredentialTestFiles(config: "[profile r]\n" + Role + "source_profile = s\n[profile s]\naws_access_key_id = AK\n");
        Assert.That(() => new AssumeRoleProvider(files.FullConfig, "r").Load(), Throws.TypeOf<PartialCredentialsError>()
            .With.Message.EqualTo("Partial credentials found in assume-role, missing: 'aws_secret_access_key'"));
    }

    [Test]
    public void A_role_arn_next_to_a_web_identity_token_file_belongs_to_web_identity()
    {
        using var files = new CredentialTestFiles(config: "[default]\n" + Role + "web_identity_token_file = /tmp/t\n");
        Assert.That(new AssumeRoleProvider(files.FullConfig, "default").Load(), Is.Null);
        Assert.That(new AssumeRoleWithWebIdentityProvider(files.FullConfig, "default", new Dictionary<string, string>()).Load()?.Method,
            Is.EqualTo("assume-role-with-web-identity"));
    }

    [Test]
    public void Web_identity_env_vars_win_over_the_profile_unless_disabled()
    {
        using var files = new CredentialTestFiles(config: "[default]\nregion = us-east-1\n");
        var env = new Dictionary<string, string> { ["AWS_WEB_IDENTITY_TOKEN_FILE"] = "/tmp/t" };
        Assert.That(() => new AssumeRoleWithWebIdentityProvider(files.FullConfig, "default", env).Load(), Throws.TypeOf<InvalidConfigError>());
        Assert.That(new AssumeRoleWithWebIdentityProvider(files.FullConfig, "default", env, disableEnvVars: true).Load(), Is.Null);
    }

    [Test]
    public void A_complete_sso_session_profile_gives_deferred_sso_credentials()
    {
        using var files = new CredentialTestFiles(config:
            "[default]\nsso_session = s\nsso_account_id = 1\nsso_role_name = r\n[sso-session s]\nsso_region = us-east-1\nsso_start_url = https://x\n");
        var credentials = new SSOProvider(files.FullConfig, "default").Load();
        Assert.That(credentials, Is.InstanceOf<DeferredRefreshableCredentials>());
        Assert.That(credentials!.Method, Is.EqualTo("sso"));
    }

    [Test]
    public void An_sso_session_profile_missing_the_session_reference_keys_lists_them()
    {
        using var files = new CredentialTestFiles(config: "[default]\nsso_session = s\nsso_role_name = r\n[sso-session s]\nsso_region = us-east-1\n");
        Assert.That(() => new SSOProvider(files.FullConfig, "default").Load(), Throws.TypeOf<InvalidConfigError>().With.Message.EqualTo(
            "The profile \"default\" is configured to use SSO but is missing required configuration: sso_account_id, sso_start_url"));
    }

    [Test]
    public void The_sourcer_matches_canonical_names_exactly_for_validation_and_loosely_for_lookup()
    {
        var env = new EnvProvider(new Dictionary<string, string> { ["AWS_ACCESS_KEY_ID"] = "AK", ["AWS_SECRET_ACCESS_KEY"] = "SK" });
        var sourcer = new CanonicalNameCredentialSourcer([env]);
        Assert.That(sourcer.IsSupported("Environment"), Is.True);
        Assert.That(sourcer.IsSupported("environment"), Is.False);
        Assert.That(sourcer.SourceCredentials("ENVIRONMENT")!.AccessKey, Is.EqualTo("AK"));
        Assert.That(() => sourcer.SourceCredentials("Nope"), Throws.TypeOf<UnknownCredentialError>());
    }
}
