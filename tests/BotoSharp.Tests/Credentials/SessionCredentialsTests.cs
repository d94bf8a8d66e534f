using BotoSharp.Auth;

namespace BotoSharp.Tests.Credentials;

public class SessionCredentialsTests
{
    private CredentialTestFiles _files = null!;

    [SetUp]
    public void SetUp() => _files = new CredentialTestFiles();

    [TearDown]
    public void TearDown() => _files.Dispose();

    private Dictionary<string, string> Env(Dictionary<string, string>? extra = null)
    {
        var env = new Dictionary<string, string>
        {
            ["HOME"] = _files.Home,
            ["AWS_CONFIG_FILE"] = _files.ConfigFile,
            ["AWS_SHARED_CREDENTIALS_FILE"] = _files.CredentialsFile,
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };
        foreach (var (k, v) in extra ?? [])
        {
            env[k] = v;
        }
        return env;
    }

    [Test]
    public void Set_credentials_win_over_the_chain_with_the_explicit_method()
    {
        var session = new Session(environment: Env(new() { ["AWS_ACCESS_KEY_ID"] = "EAK", ["AWS_SECRET_ACCESS_KEY"] = "ESK" }));
        session.SetCredentials("AK", "SK", "T", "123");
        var credentials = session.GetCredentials()!;
        Assert.That(credentials.GetFrozenCredentials(), Is.EqualTo(new ReadOnlyCredentials("AK", "SK", "T", "123")));
        Assert.That(credentials.Method, Is.EqualTo("explicit"));
    }

    [Test]
    public void Found_credentials_are_cached_but_no_credentials_are_looked_up_again()
    {
        var session = new Session(environment: Env());
        Assert.That(session.GetCredentials(), Is.Null);
        File.WriteAllText(_files.CredentialsFile, "[default]\naws_access_key_id = AK\naws_secret_access_key = SK\n");
        var first = session.GetCredentials();
        Assert.That(first!.AccessKey, Is.EqualTo("AK"));
        File.WriteAllText(_files.CredentialsFile, "[default]\naws_access_key_id = AK2\naws_secret_access_key = SK\n");
        Assert.That(session.GetCredentials(), Is.SameAs(first));
    }

    [Test]
    public async Task The_async_lookup_gives_the_chains_credentials()
    {
        var session = new Session(environment: Env(new() { ["AWS_ACCESS_KEY_ID"] = "EAK", ["AWS_SECRET_ACCESS_KEY"] = "ESK" }));
        Assert.That((await session.GetCredentialsAsync())!.Method, Is.EqualTo("env"));
    }

    [Test]
    public void Setting_the_profile_variable_before_the_chain_is_built_disables_env_keys()
    {
        File.WriteAllText(_files.CredentialsFile, "[dev]\naws_access_key_id = AK\naws_secret_access_key = SK\n");
        var session = new Session(environment: Env(new() { ["AWS_ACCESS_KEY_ID"] = "EAK", ["AWS_SECRET_ACCESS_KEY"] = "ESK" }));
        session.SetConfigVariable("profile", "dev");
        Assert.That(session.GetCredentials()!.Method, Is.EqualTo("shared-credentials-file"));
    }

    [Test]
    public void The_credential_and_token_components_are_registered_lazily_and_replaceable()
    {
        var session = new Session(environment: Env());
        Assert.That(session.GetComponent("credential_provider"), Is.InstanceOf<CredentialResolver>());
        Assert.That(session.GetComponent("token_provider"), Is.InstanceOf<TokenProviderChain>());
        session.RegisterComponent("credential_provider", new CredentialResolver([new EnvProvider(new Dictionary<string, string> { ["AWS_ACCESS_KEY_ID"] = "X", ["AWS_SECRET_ACCESS_KEY"] = "Y" })]));
        Assert.That(session.GetCredentials()!.AccessKey, Is.EqualTo("X"));
    }

    [Test]
    public void Imds_settings_come_from_the_config_variables()
    {
        File.WriteAllText(_files.ConfigFile, "[default]\nmetadata_service_timeout = 3\nmetadata_service_num_attempts = 4\nec2_metadata_service_endpoint_mode = IPv6\nec2_metadata_v1_disabled = true\n");
        var session = new Session(environment: Env());
        var options = session.CreateCredentialChainOptions();
        Assert.That(options.Imds.UserAgent, Is.EqualTo(session.UserAgent));
        Assert.That(options.Imds with { UserAgent = null }, Is.EqualTo(new InstanceMetadataOptions
        {
            Timeout = TimeSpan.FromSeconds(3), NumAttempts = 4, EndpointMode = "ipv6", V1Disabled = true,
        }));
    }

    [Test]
    public void A_scoped_bearer_token_is_returned_for_its_signing_name_and_not_cached()
    {
        var session = new Session(environment: Env(new() { ["AWS_BEARER_TOKEN_BEDROCK_RUNTIME"] = "tok" }));
        var token = session.GetAuthToken("bedrock-runtime");
        Assert.That(token!.GetFrozenToken().Token, Is.EqualTo("tok"));
        Assert.That(session.GetAuthToken(), Is.Null);
        Assert.That(session.GetAuthToken("other"), Is.Null);
    }
}
