using BotoSharp.Auth;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Credentials;

public class RefreshableCredentialsTests
{
    private FakeClock _clock = null!;
    private int _refreshCalls;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeClock();
        _refreshCalls = 0;
    }

    [Test]
    public void Plain_credentials_default_to_the_explicit_method_and_freeze_all_four_values()
    {
        var credentials = new BotoSharp.Auth.Credentials("AK", "SK", "TOKEN", accountId: "123");
        Assert.That(credentials.Method, Is.EqualTo("explicit"));
        Assert.That(credentials.GetFrozenCredentials(), Is.EqualTo(new ReadOnlyCredentials("AK", "SK", "TOKEN", "123")));
        Assert.That(credentials.GetDeferredProperty("account_id")(), Is.EqualTo("123"));
        Assert.That(credentials.GetDeferredProperty("no_such")(), Is.Null);
    }

    [Test]
    public void Frozen_credentials_never_print_the_secret_or_token()
    {
        var text = new ReadOnlyCredentials("AKID", "very-secret", "session-token", "1").ToString();
        Assert.That(text, Does.Contain("AKID").And.Not.Contain("very-secret").And.Not.Contain("session-token"));
    }

    [Test]
    public void Credentials_with_more_than_the_advisory_window_left_are_not_refreshed()
    {
        var credentials = Create(TimeSpan.FromMinutes(16), () => Next(TimeSpan.FromHours(1)));
        Assert.That(credentials.AccessKey, Is.EqualTo("AK0"));
        Assert.That(_refreshCalls, Is.Zero);
    }

    [Test]
    public void Inside_the_advisory_window_a_read_refreshes()
    {
        var credentials = Create(TimeSpan.FromMinutes(14), () => Next(TimeSpan.FromHours(1)));
        Assert.That(credentials.GetFrozenCredentials().AccessKey, Is.EqualTo("AK1"));
        Assert.That(_refreshCalls, Is.EqualTo(1));
    }

    [Test]
    public void A_failed_advisory_refresh_keeps_the_current_credentials()
    {
        var credentials = Create(TimeSpan.FromMinutes(12), () => throw new InvalidOperationException("down"));
        Assert.That(credentials.GetFrozenCredentials().AccessKey, Is.EqualTo("AK0"));
    }

    [Test]
    public void A_failed_mandatory_refresh_raises()
    {
        var credentials = Create(TimeSpan.FromMinutes(9), () => throw new InvalidOperationException("down"));
        Assert.That(() => credentials.GetFrozenCredentials(), Throws.InvalidOperationException.With.Message.EqualTo("down"));
    }

    [Test]
    public void A_refresh_that_returns_expired_credentials_is_an_error()
    {
        var credentials = Create(TimeSpan.FromMinutes(5), () => Next(TimeSpan.FromMinutes(-1)));
        Assert.That(() => credentials.GetFrozenCredentials(), Throws.TypeOf<CredentialRetrievalError>()
            .With.Message.Contains("refreshed credentials are still expired"));
    }

    [Test]
    public void A_refresh_missing_keys_names_them_in_a_credential_retrieval_error()
    {
        var credentials = Create(TimeSpan.FromMinutes(5), () => new CredentialMetadata("AK", null, null, null));
        Assert.That(() => credentials.GetFrozenCredentials(), Throws.TypeOf<CredentialRetrievalError>()
            .With.Message.EqualTo("Error when retrieving credentials from test: Credential refresh failed, response did not contain: secret_key, expiry_time"));
    }

    [Test]
    public void Credentials_without_an_expiry_never_refresh()
    {
        var credentials = new RefreshableCredentials("AK", "SK", null, null, () => Next(TimeSpan.FromHours(1)), "test", _clock);
        _clock.Advance(TimeSpan.FromDays(400));
        Assert.That(credentials.SecretKey, Is.EqualTo("SK"));
        Assert.That(_refreshCalls, Is.Zero);
    }

    [Test]
    public async Task The_async_snapshot_refreshes_the_same_way()
    {
        var credentials = Create(TimeSpan.FromMinutes(1), () => Next(TimeSpan.FromHours(1)));
        var frozen = await credentials.GetFrozenCredentialsAsync();
        Assert.That(frozen.AccessKey, Is.EqualTo("AK1"));
    }

    [Test]
    public void Deferred_credentials_fetch_on_first_use_and_not_before()
    {
        var credentials = new DeferredRefreshableCredentials(() => Next(TimeSpan.FromHours(1)), "assume-role", _clock);
        Assert.That(_refreshCalls, Is.Zero);
        Assert.That(credentials.Token, Is.EqualTo("T1"));
        Assert.That(credentials.AccessKey, Is.EqualTo("AK1"));
        Assert.That(_refreshCalls, Is.EqualTo(1));
    }

    [Test]
    public void Credentials_are_created_from_metadata_with_the_expiry_parsed()
    {
        var credentials = RefreshableCredentials.CreateFromMetadata(new CredentialMetadata("AK", "SK", "T", _clock.Iso(TimeSpan.FromHours(2)), "42"),
            _ => Task.FromResult(Next(TimeSpan.FromHours(3))), "iam-role", _clock);
        Assert.That(credentials.ExpiryTime, Is.EqualTo(_clock.Now + TimeSpan.FromHours(2)));
        Assert.That(credentials.AccountId, Is.EqualTo("42"));
        Assert.That(credentials.Method, Is.EqualTo("iam-role"));
    }

    [Test]
    public async Task In_the_advisory_window_other_callers_keep_the_old_values_while_one_refreshes()
    {
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var credentials = Create(TimeSpan.FromMinutes(12), () => { entered.Set(); release.Wait(); return Next(TimeSpan.FromHours(1)); });
        var refresher = Task.Run(() => credentials.GetFrozenCredentials());
        entered.Wait();
        Assert.That(credentials.GetFrozenCredentials().AccessKey, Is.EqualTo("AK0"));
        release.Set();
        Assert.That((await refresher).AccessKey, Is.EqualTo("AK1"));
    }

    [Test]
    public async Task In_the_mandatory_window_other_callers_wait_for_the_refresh()
    {
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var credentials = Create(TimeSpan.FromMinutes(5), () => { entered.Set(); release.Wait(); return Next(TimeSpan.FromHours(1)); });
        var refresher = Task.Run(() => credentials.GetFrozenCredentials());
        entered.Wait();
        var waiter = Task.Run(() => credentials.GetFrozenCredentials());
        Assert.That(waiter.Wait(TimeSpan.FromMilliseconds(200)), Is.False);
        release.Set();
        Assert.That((await waiter).AccessKey, Is.EqualTo("AK1"));
        Assert.That((await refresher).AccessKey, Is.EqualTo("AK1"));
        Assert.That(_refreshCalls, Is.EqualTo(1));
    }

    private RefreshableCredentials Create(TimeSpan remaining, Func<CredentialMetadata> refresh) =>
        new("AK0", "SK0", "T0", _clock.Now + remaining, () => { _refreshCalls++; return refresh(); }, "test", _clock);

    private CredentialMetadata Next(TimeSpan lifetime)
    {
        var n = _refreshCalls == 0 ? ++_refreshCalls : _refreshCalls;
        return new CredentialMetadata($"AK{n}", $"SK{n}", $"T{n}", _clock.Iso(lifetime));
    }
}
