using BotoSharp.Auth;

namespace BotoSharp.Tests.Credentials;

/// <summary>
/// The call path reads credentials once per attempt with <c>GetFrozenCredentialsAsync</c>: at expiry many callers
/// must share one refresh, and none may hold a thread while it runs.
/// </summary>
public class RefreshConcurrencyTests
{
    [Test]
    public async Task Sixty_four_callers_at_expiry_cause_one_refresh_and_block_no_thread()
    {
        var clock = new FakeClock();
        var calls = 0;
        var release = new TaskCompletionSource<CredentialMetadata>(TaskCreationOptions.RunContinuationsAsynchronously);
        var credentials = new RefreshableCredentials("OLD", "OLDSK", "OLDT", clock.Now + TimeSpan.FromMinutes(1), _ =>
        {
            Interlocked.Increment(ref calls);
            return release.Task;
        }, "assume-role", clock);

        // All 64 calls start on this one thread: if any of them blocked waiting for the refresh, the loop would
        // never finish, because the refresh only completes below.
        var callers = Enumerable.Range(0, 64).Select(_ => credentials.GetFrozenCredentialsAsync()).ToList();
        Assert.That(callers.Count(t => t.IsCompleted), Is.Zero, "inside the mandatory window every caller waits for the refresh");
        Assert.That(calls, Is.EqualTo(1));

        release.SetResult(new CredentialMetadata("NEW", "NEWSK", "NEWT", clock.Iso(TimeSpan.FromHours(1))));
        var frozen = await Task.WhenAll(callers);
        Assert.That(frozen.Select(f => f.AccessKey).Distinct(), Is.EqualTo(new[] { "NEW" }));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public async Task In_the_advisory_window_other_callers_keep_the_current_credentials_while_one_refreshes()
    {
        var clock = new FakeClock();
        var release = new TaskCompletionSource<CredentialMetadata>(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        var credentials = new RefreshableCredentials("OLD", "OLDSK", null, clock.Now + TimeSpan.FromMinutes(12), _ =>
        {
            Interlocked.Increment(ref calls);
            return release.Task;
        }, "assume-role", clock);

        var refreshing = credentials.GetFrozenCredentialsAsync();
        var others = await Task.WhenAll(Enumerable.Range(0, 63).Select(_ => credentials.GetFrozenCredentialsAsync()));
        Assert.That(others.Select(f => f.AccessKey).Distinct(), Is.EqualTo(new[] { "OLD" }));
        Assert.That(refreshing.IsCompleted, Is.False);
        release.SetResult(new CredentialMetadata("NEW", "NEWSK", null, clock.Iso(TimeSpan.FromHours(1))));
        Assert.That((await refreshing).AccessKey, Is.EqualTo("NEW"));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public async Task A_failed_advisory_refresh_continues_with_the_still_valid_credentials()
    {
        var clock = new FakeClock();
        var credentials = new RefreshableCredentials("OLD", "OLDSK", null, clock.Now + TimeSpan.FromMinutes(12),
            _ => Task.FromException<CredentialMetadata>(new InvalidOperationException("sts is down")), "assume-role", clock);
        Assert.That((await credentials.GetFrozenCredentialsAsync()).AccessKey, Is.EqualTo("OLD"));
        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.That(async () => await credentials.GetFrozenCredentialsAsync(), Throws.InvalidOperationException.With.Message.EqualTo("sts is down"));
    }

    [Test]
    public async Task Deferred_credentials_fetch_once_for_many_first_callers()
    {
        var calls = 0;
        var release = new TaskCompletionSource<CredentialMetadata>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = new FakeClock();
        var credentials = new DeferredRefreshableCredentials(_ =>
        {
            Interlocked.Increment(ref calls);
            return release.Task;
        }, "sso", clock);
        var callers = Enumerable.Range(0, 64).Select(_ => credentials.GetFrozenCredentialsAsync()).ToList();
        Assert.That(callers.Count(t => t.IsCompleted), Is.Zero);
        release.SetResult(new CredentialMetadata("AK", "SK", "T", clock.Iso(TimeSpan.FromHours(1))));
        Assert.That((await Task.WhenAll(callers)).Select(f => f.AccessKey).Distinct(), Is.EqualTo(new[] { "AK" }));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public async Task Sixty_four_token_readers_at_expiry_cause_one_token_refresh()
    {
        var calls = 0;
        var release = new TaskCompletionSource<FrozenAuthToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = new FakeClock();
        var token = new DeferredRefreshableToken("sso", _ =>
        {
            Interlocked.Increment(ref calls);
            return release.Task;
        }, clock);
        var readers = Enumerable.Range(0, 64).Select(_ => token.GetFrozenTokenAsync()).ToList();
        Assert.That(readers.Count(t => t.IsCompleted), Is.Zero);
        release.SetResult(new FrozenAuthToken("bearer", clock.Now + TimeSpan.FromHours(1)));
        Assert.That((await Task.WhenAll(readers)).Select(t => t.Token).Distinct(), Is.EqualTo(new[] { "bearer" }));
        Assert.That(calls, Is.EqualTo(1));
    }
}
