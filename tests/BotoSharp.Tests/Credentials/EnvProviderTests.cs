using BotoSharp.Auth;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Credentials;

public class EnvProviderTests
{
    [Test]
    public void Keys_token_and_account_come_from_the_environment()
    {
        var credentials = Load(new() { ["AWS_ACCESS_KEY_ID"] = "AK", ["AWS_SECRET_ACCESS_KEY"] = "SK", ["AWS_SESSION_TOKEN"] = "T", ["AWS_ACCOUNT_ID"] = "1" })!;
        Assert.That(credentials.GetFrozenCredentials(), Is.EqualTo(new ReadOnlyCredentials("AK", "SK", "T", "1")));
        Assert.That(credentials.Method, Is.EqualTo("env"));
        Assert.That(credentials, Is.Not.InstanceOf<RefreshableCredentials>());
    }

    [Test]
    public void AWS_SECURITY_TOKEN_beats_AWS_SESSION_TOKEN()
    {
        var credentials = Load(new() { ["AWS_ACCESS_KEY_ID"] = "AK", ["AWS_SECRET_ACCESS_KEY"] = "SK", ["AWS_SESSION_TOKEN"] = "session", ["AWS_SECURITY_TOKEN"] = "security" })!;
        Assert.That(credentials.Token, Is.EqualTo("security"));
    }

    [Test]
    public void An_empty_security_token_falls_back_to_the_session_token()
    {
        var credentials = Load(new() { ["AWS_ACCESS_KEY_ID"] = "AK", ["AWS_SECRET_ACCESS_KEY"] = "SK", ["AWS_SESSION_TOKEN"] = "session", ["AWS_SECURITY_TOKEN"] = "" })!;
        Assert.That(credentials.Token, Is.EqualTo("session"));
    }

    [Test]
    public void A_key_without_a_secret_is_a_partial_credentials_error()
    {
        Assert.That(() => Load(new() { ["AWS_ACCESS_KEY_ID"] = "AK", ["AWS_SECRET_ACCESS_KEY"] = "" }),
            Throws.TypeOf<PartialCredentialsError>().With.Message.EqualTo("Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY"));
    }

    [Test]
    public void A_secret_without_a_key_or_an_empty_key_finds_nothing()
    {
        Assert.That(Load(new() { ["AWS_SECRET_ACCESS_KEY"] = "SK" }), Is.Null);
        Assert.That(Load(new() { ["AWS_ACCESS_KEY_ID"] = "", ["AWS_SECRET_ACCESS_KEY"] = "SK" }), Is.Null);
    }

    [Test]
    public void An_expiration_makes_credentials_that_refresh_by_rereading_the_environment()
    {
        var clock = new FakeClock();
        var env = new Dictionary<string, string> { ["AWS_ACCESS_KEY_ID"] = "AK", ["AWS_SECRET_ACCESS_KEY"] = "SK", ["AWS_CREDENTIAL_EXPIRATION"] = clock.Iso(TimeSpan.FromHours(1)) };
        var credentials = (RefreshableCredentials)new EnvProvider(env, clock).Load()!;
        env["AWS_ACCESS_KEY_ID"] = "AK2";
        env["AWS_CREDENTIAL_EXPIRATION"] = clock.Iso(TimeSpan.FromHours(3));
        clock.Advance(TimeSpan.FromMinutes(55));
        Assert.That(credentials.AccessKey, Is.EqualTo("AK2"));
    }

    [Test]
    public void A_refresh_that_no_longer_finds_an_expiration_is_a_partial_credentials_error()
    {
        var clock = new FakeClock();
        var env = new Dictionary<string, string> { ["AWS_ACCESS_KEY_ID"] = "AK", ["AWS_SECRET_ACCESS_KEY"] = "SK", ["AWS_CREDENTIAL_EXPIRATION"] = clock.Iso(TimeSpan.FromMinutes(5)) };
        var credentials = new EnvProvider(env, clock).Load()!;
        env.Remove("AWS_CREDENTIAL_EXPIRATION");
        Assert.That(() => credentials.GetFrozenCredentials(), Throws.TypeOf<PartialCredentialsError>().With.Property("CredVar").EqualTo("AWS_CREDENTIAL_EXPIRATION"));
    }

    private static BotoSharp.Auth.Credentials? Load(Dictionary<string, string> env) => new EnvProvider(env).Load();
}
