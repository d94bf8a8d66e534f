using BotoSharp.Auth;

namespace BotoSharp.Tests.Credentials;

public class DefaultChainTests
{
    private static readonly string[] s_botocoreOrder =
    [
        "env", "assume-role", "assume-role-with-web-identity", "sso", "shared-credentials-file", "login",
        "custom-process", "config-file", "ec2-credentials-file", "boto-config", "container-role", "iam-role",
    ];

    [Test]
    public void The_default_chain_has_botocores_twelve_providers_in_order()
    {
        using var files = new CredentialTestFiles();
        var resolver = DefaultCredentialChain.Create(files.Options());
        Assert.That(resolver.Providers.Select(p => p.Method), Is.EqualTo(s_botocoreOrder));
    }

    [Test]
    public void An_explicit_profile_removes_only_the_env_provider()
    {
        using var files = new CredentialTestFiles();
        var resolver = DefaultCredentialChain.Create(files.Options(profile: "dev", explicitProfile: true));
        Assert.That(resolver.Providers.Select(p => p.Method), Is.EqualTo(s_botocoreOrder.Skip(1)));
    }

    [Test]
    public void Canonical_names_are_those_credential_source_uses()
    {
        using var files = new CredentialTestFiles();
        var names = DefaultCredentialChain.Create(files.Options()).Providers.Where(p => p.CanonicalName is not null)
            .ToDictionary(p => p.Method, p => p.CanonicalName);
        Assert.That(names, Is.EqualTo(new Dictionary<string, string?>
        {
            ["env"] = "Environment", ["shared-credentials-file"] = "SharedCredentials", ["config-file"] = "SharedConfig",
            ["ec2-credentials-file"] = "Ec2Config", ["boto-config"] = "Boto2Config", ["container-role"] = "EcsContainer",
            ["iam-role"] = "Ec2InstanceMetadata",
        }));
    }

    [Test]
    public void The_container_provider_answers_before_IMDS_in_the_full_chain()
    {
        using var server = new LocalHttpServer(_ => Reply.Ok("""{"AccessKeyId": "CAK", "SecretAccessKey": "CSK", "Token": "CT", "Expiration": "2099-01-01T00:00:00Z"}"""));
        using var files = new CredentialTestFiles();
        var options = files.Options(new() { ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = server.BaseUrl });
        var credentials = DefaultCredentialChain.Create(options).LoadCredentials()!;
        Assert.That((credentials.Method, credentials.AccessKey), Is.EqualTo(("container-role", "CAK")));
    }

    [Test]
    public async Task IMDS_answers_last_when_pointed_at_a_local_endpoint()
    {
        using var server = new LocalHttpServer(request => request.Path switch
        {
            "/latest/api/token" => Reply.Ok("TOKEN"),
            "/latest/meta-data/iam/security-credentials/" => Reply.Ok("role"),
            _ => Reply.Ok("""{"AccessKeyId": "IAK", "SecretAccessKey": "ISK", "Token": "IT", "Expiration": "2099-01-01T00:00:00Z"}"""),
        });
        using var files = new CredentialTestFiles();
        var options = files.Options(new() { ["AWS_EC2_METADATA_DISABLED"] = "false" }) with { Imds = new InstanceMetadataOptions { Endpoint = server.BaseUrl } };
        var credentials = (await DefaultCredentialChain.Create(options).LoadCredentialsAsync())!;
        Assert.That((credentials.Method, credentials.AccessKey), Is.EqualTo(("iam-role", "IAK")));
    }

    [Test]
    public void A_login_profile_without_its_cached_session_raises_at_its_position_instead_of_falling_through()
    {
        using var files = new CredentialTestFiles(config: "[default]\nlogin_session = arn:aws:iam::1:user/x\naws_access_key_id = AK\naws_secret_access_key = SK\n");
        var options = files.Options() with { LoginCacheDirectory = Path.Combine(Path.GetTempPath(), "botosharp-no-login-" + Guid.NewGuid().ToString("N")) };
        Assert.That(() => DefaultCredentialChain.Create(options).LoadCredentials(),
            Throws.TypeOf<BotoSharp.Errors.LoginTokenLoadError>().With.Message.Contains("Unable to load a existing login session for session arn:aws:iam::1:user/x"));
    }
}
