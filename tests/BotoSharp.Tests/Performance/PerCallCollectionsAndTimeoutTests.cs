using System.Net;
using BotoSharp.Errors;
using BotoSharp.Http;
using BotoSharp.Protocols;

namespace BotoSharp.Tests.Performance;

/// <summary>
/// What h/percall5 reuses or leaves out per call must not show: a transport's read timeout, started again for the
/// next attempt, still times out a silent server and still tells a caller's cancellation from a timeout; header
/// collections that look names up by scanning while small keep one case-insensitive value per name past the point
/// where they build an index.
/// </summary>
public sealed class PerCallCollectionsAndTimeoutTests
{
    [Test]
    public async Task A_read_timeout_reused_after_a_normal_attempt_still_times_out_the_next_one()
    {
        var handler = new AnswerThenHang();
        using var transport = new HttpTransport(new HttpTransportOptions { Proxies = ProxyResolver.None, ReadTimeout = TimeSpan.FromMilliseconds(300) }, handler);

        var first = await transport.SendAsync(new AwsRequest("GET", "https://example.com/first"));
        Assert.That(first.StatusCode, Is.EqualTo(200));
        var second = await transport.SendAsync(new AwsRequest("GET", "https://example.com/second"));
        Assert.That(second.StatusCode, Is.EqualTo(200));

        handler.Hang = true;
        Assert.ThrowsAsync<ReadTimeoutError>(() => transport.SendAsync(new AwsRequest("GET", "https://example.com/silent")));
        // The timed-out instance is not kept: the next normal attempt has a fresh, uncancelled token.
        handler.Hang = false;
        var after = await transport.SendAsync(new AwsRequest("GET", "https://example.com/after"));
        Assert.That(after.StatusCode, Is.EqualTo(200));
        Assert.That(handler.TokensSeen[1], Is.EqualTo(handler.TokensSeen[0]), "the second attempt reuses the first one's source");
        Assert.That(handler.TokensSeen[2].IsCancellationRequested, Is.True);
        Assert.That(handler.TokensSeen[3].IsCancellationRequested, Is.False);
        Assert.That(handler.TokensSeen[3], Is.Not.EqualTo(handler.TokensSeen[2]));
    }

    [Test]
    public async Task A_timer_left_pending_by_an_earlier_attempt_times_out_the_next_attempt_a_whole_timeout_after_it_starts()
    {
        // The first attempt arms the timer for 400 ms from its start; it is left pending, so it fires ~150 ms into
        // the hanging attempt below, which must sleep again for what is left instead of timing out then.
        var handler = new AnswerThenHang();
        using var transport = new HttpTransport(new HttpTransportOptions { Proxies = ProxyResolver.None, ReadTimeout = TimeSpan.FromMilliseconds(400) }, handler);
        await transport.SendAsync(new AwsRequest("GET", "https://example.com/first"));
        await Task.Delay(250);

        handler.Hang = true;
        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.ThrowsAsync<ReadTimeoutError>(() => transport.SendAsync(new AwsRequest("GET", "https://example.com/silent")));
        // TickCount64 is coarse (a few milliseconds), hence the margin below the full 400 ms.
        Assert.That(started.ElapsedMilliseconds, Is.GreaterThanOrEqualTo(350));
    }

    [Test]
    public async Task A_caller_cancellation_after_reuse_is_an_OperationCanceledException_not_a_read_timeout()
    {
        var handler = new AnswerThenHang();
        using var transport = new HttpTransport(new HttpTransportOptions { Proxies = ProxyResolver.None, ReadTimeout = TimeSpan.FromSeconds(30) }, handler);
        await transport.SendAsync(new AwsRequest("GET", "https://example.com/first"));

        handler.Hang = true;
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var error = Assert.CatchAsync<OperationCanceledException>(() => transport.SendAsync(new AwsRequest("GET", "https://example.com/hang"), caller.Token));
        Assert.That(error, Is.Not.InstanceOf<ReadTimeoutError>());

        // An already cancelled caller token cancels at once, as a linked source would.
        handler.Hang = false;
        Assert.CatchAsync<OperationCanceledException>(() => transport.SendAsync(new AwsRequest("GET", "https://example.com/x"), new CancellationToken(canceled: true)));
    }

    [Test]
    public void Headers_past_the_scan_limit_keep_one_value_per_name_in_any_case_and_their_order()
    {
        var headers = new HeaderCollection();
        for (var i = 0; i < 20; i++)
        {
            headers.Set($"X-Header-{i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        headers.Set("x-header-3", "three");
        headers.Set("X-HEADER-15", "fifteen");
        Assert.That(headers.Count, Is.EqualTo(20));
        Assert.That(headers["x-HEADER-3"], Is.EqualTo("three"));
        Assert.That(headers["x-header-15"], Is.EqualTo("fifteen"));
        Assert.That(headers.Remove("X-HEADER-0"), Is.True);
        Assert.That(headers.Contains("x-header-0"), Is.False);
        Assert.That(headers["X-Header-19"], Is.EqualTo("19"));
        Assert.That(headers.Select(h => h.Key).First(), Is.EqualTo("X-Header-1"));
        Assert.That(headers.Select(h => h.Key).ElementAt(2), Is.EqualTo("X-Header-3"), "a replaced value keeps the first spelling and place");
    }

    [Test]
    public void A_small_header_collection_appends_repeated_response_lines_to_the_first_spelling()
    {
        var headers = new HeaderCollection(4);
        headers.AddLine("Set-Thing", "a");
        headers.AddLine("set-thing", "b");
        headers.AddLine("Other", "c");
        Assert.That(headers.Count, Is.EqualTo(2));
        Assert.That(headers["SET-THING"], Is.EqualTo("a,b"));
        Assert.That(headers.TryGetValue("other", out var other) && other == "c", Is.True);
        Assert.That(headers.TryGetValue("missing", out _), Is.False);
    }

    [Test]
    public void An_empty_query_string_answers_lookups_and_encodes_to_nothing()
    {
        var query = new QueryStringCollection();
        Assert.That(query.Get("a"), Is.Null);
        Assert.That(query.ContainsKey("a"), Is.False);
        Assert.That(query.Encode(), Is.Empty);
        query.Set("a", "1");
        query.Set("b", "2");
        query.Set("a", "3");
        Assert.That(query.Encode(), Is.EqualTo("a=3&b=2"));
    }

    // Answers 200 at once, or (Hang) waits until the request's token is cancelled.
    private sealed class AnswerThenHang : HttpMessageHandler
    {
        public bool Hang { get; set; }

        public List<CancellationToken> TokensSeen { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            TokensSeen.Add(cancellationToken);
            if (Hang)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent("{}"u8.ToArray()) };
        }
    }
}
