using BotoSharp.Auth;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Credentials;

public class TokenProviderTests
{
    private const string SessionConfig = "[default]\nsso_session = my-sso\n[sso-session my-sso]\nsso_region = us-east-1\nsso_start_url = https://example.awsapps.com/start\n";

    private CredentialTestFiles _files = null!;
    private FakeClock _clock = null!;

    [SetUp]
    public void SetUp()
    {
        _files = new CredentialTestFiles(config: SessionConfig);
        _clock = new FakeClock();
    }

    [TearDown]
    public void TearDown() => _files.Dispose();

    [TestCase("bedrock", "AWS_BEARER_TOKEN_BEDROCK", TestName = "A plain signing name is upper-cased")]
    [TestCase("bedrock-runtime", "AWS_BEARER_TOKEN_BEDROCK_RUNTIME", TestName = "Hyphens become underscores")]
    [TestCase("my service", "AWS_BEARER_TOKEN_MY_SERVICE", TestName = "Spaces become underscores")]
    public void The_scoped_variable_is_named_from_the_signing_name(string signingName, string variable)
    {
        Assert.That(ScopedEnvTokenProvider.VariableName(signingName), Is.EqualTo(variable));
        var token = new ScopedEnvTokenProvider(new Dictionary<string, string> { [variable] = "tok" }).LoadToken(signingName);
        Assert.That(token!.GetFrozenToken().Token, Is.EqualTo("tok"));
    }

    [Test]
    public void The_scoped_provider_needs_a_signing_name()
    {
        var provider = new ScopedEnvTokenProvider(new Dictionary<string, string> { ["AWS_BEARER_TOKEN_"] = "tok" });
        Assert.That(provider.LoadToken(), Is.Null);
        Assert.That(provider.LoadToken("  "), Is.Null);
    }

    [Test]
    public void The_cache_file_is_the_sha1_of_the_session_name()
    {
        Assert.That(SSOTokenProvider.CacheFileName("my-sso"), Is.EqualTo(System.Security.Cryptography.SHA1.HashData("my-sso"u8.ToArray())
            .Select(b => b.ToString("x2")).Aggregate(string.Concat) + ".json"));
    }

    [Test]
    public void A_valid_cached_token_is_returned_with_its_expiry()
    {
        WriteToken($$"""{"accessToken": "cached", "expiresAt": "{{_clock.Iso(TimeSpan.FromHours(2))}}"}""");
        var token = Provider().LoadToken()!.GetFrozenToken();
        Assert.That(token.Token, Is.EqualTo("cached"));
        Assert.That(token.Expiration, Is.EqualTo(_clock.Now + TimeSpan.FromHours(2)));
    }

    [Test]
    public void A_token_inside_the_refresh_window_but_unexpired_is_still_used()
    {
        WriteToken($$"""{"accessToken": "cached", "expiresAt": "{{_clock.Iso(TimeSpan.FromMinutes(5))}}"}""");
        Assert.That(Provider().LoadToken()!.GetFrozenToken().Token, Is.EqualTo("cached"));
    }

    [Test]
    public void An_expired_cached_token_is_a_token_retrieval_error()
    {
        WriteToken($$"""{"accessToken": "old", "expiresAt": "{{_clock.Iso(TimeSpan.FromMinutes(-1))}}"}""");
        Assert.That(() => Provider().LoadToken()!.GetFrozenToken(), Throws.TypeOf<TokenRetrievalError>()
            .With.Message.EqualTo("Error when retrieving token from sso: Token has expired and refresh failed"));
    }

    [Test]
    public void A_missing_or_invalid_cache_entry_is_an_sso_token_load_error()
    {
        Assert.That(() => Provider().LoadToken()!.GetFrozenToken(), Throws.TypeOf<SSOTokenLoadError>().With.Message.EqualTo("Error loading SSO Token: Token for my-sso does not exist"));
        WriteToken("""{"accessToken": "x"}""");
        Assert.That(() => Provider().LoadToken()!.GetFrozenToken(), Throws.TypeOf<SSOTokenLoadError>()
            .With.Message.EqualTo("Error loading SSO Token: Token for https://example.awsapps.com/start is invalid"));
    }

    [Test]
    public void A_profile_without_sso_session_has_no_token()
    {
        File.WriteAllText(_files.ConfigFile, "[default]\nregion = us-east-1\n");
        Assert.That(Provider().LoadToken(), Is.Null);
    }

    [TestCase("[default]\nsso_session = nope\n", "The profile \"default\" is configured to use the SSO token provider but the \"nope\" sso_session configuration does not exist.", TestName = "A missing sso-session is an invalid config error")]
    [TestCase("[default]\nsso_session = s\n[sso-session s]\nsso_region = us-east-1\n", "The profile \"default\" is configured to use the SSO token provider but is missing the following configuration: ['sso_start_url'].", TestName = "A missing start url is an invalid config error")]
    public void Incomplete_sso_session_configuration_is_an_invalid_config_error(string config, string message)
    {
        File.WriteAllText(_files.ConfigFile, config);
        Assert.That(() => Provider().LoadToken(), Throws.TypeOf<InvalidConfigError>().With.Message.EqualTo(message));
    }

    [Test]
    public void A_deferred_token_refreshes_near_expiry_at_most_once_a_minute()
    {
        var calls = 0;
        var token = new DeferredRefreshableToken("sso", () => new FrozenAuthToken("t" + ++calls, _clock.Now + TimeSpan.FromMinutes(12)), _clock);
        Assert.That(token.GetFrozenToken().Token, Is.EqualTo("t1"));
        Assert.That(token.GetFrozenToken().Token, Is.EqualTo("t1"));
        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.That(token.GetFrozenToken().Token, Is.EqualTo("t2"));
    }

    [Test]
    public void A_chain_returns_the_first_token()
    {
        var chain = new TokenProviderChain([new ScopedEnvTokenProvider(new Dictionary<string, string>()), new ScopedEnvTokenProvider(new Dictionary<string, string> { ["AWS_BEARER_TOKEN_X"] = "b" })]);
        Assert.That(chain.LoadToken("x")!.GetFrozenToken().Token, Is.EqualTo("b"));
        Assert.That(chain.LoadToken(), Is.Null);
    }

    private SSOTokenProvider Provider() =>
        new(_files.FullConfig, "default", SSOTokenProvider.DefaultCacheDirectory(_files.Home), _clock);

    private void WriteToken(string json) => _files.Write(Path.Combine(".aws", "sso", "cache", SSOTokenProvider.CacheFileName("my-sso")), json);
}
