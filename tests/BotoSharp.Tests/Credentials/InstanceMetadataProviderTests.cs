using BotoSharp.Auth;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Credentials;

public class InstanceMetadataProviderTests
{
    private const string RolePath = "/latest/meta-data/iam/security-credentials/";
    private FakeClock _clock = null!;

    [SetUp]
    public void SetUp() => _clock = new FakeClock(DateTimeOffset.UtcNow);

    private string CredsJson(TimeSpan lifetime) =>
        $$"""{"Code": "Success", "AccessKeyId": "AK", "SecretAccessKey": "SK", "Token": "T", "Expiration": "{{_clock.Iso(lifetime)}}"}""";

    private Func<RecordedRequest, Reply> Imds(Reply token, Reply? role = null, Reply? creds = null) => request =>
        request.Path switch
        {
            "/latest/api/token" => token,
            RolePath => role ?? Reply.Ok("my-role"),
            RolePath + "my-role" => creds ?? Reply.Ok(CredsJson(TimeSpan.FromHours(6))),
            _ => new Reply(404),
        };

    [Test]
    public void The_IMDSv2_flow_fetches_a_token_then_the_role_then_its_credentials()
    {
        using var server = new LocalHttpServer(Imds(Reply.Ok("TOKEN")));
        var credentials = Provider(server).Load()!;
        Assert.That(credentials.GetFrozenCredentials(), Is.EqualTo(new ReadOnlyCredentials("AK", "SK", "T")));
        Assert.That(credentials.Method, Is.EqualTo("iam-role"));
        var requests = server.RequestList;
        Assert.That(requests.Select(r => (r.Method, r.Path)), Is.EqualTo(new[] { ("PUT", "/latest/api/token"), ("GET", RolePath), ("GET", RolePath + "my-role") }));
        Assert.That(requests[0].Headers["x-aws-ec2-metadata-token-ttl-seconds"], Is.EqualTo("21600"));
        Assert.That(requests[0].Headers["User-Agent"], Is.EqualTo("Botocore-test/1.0"));
        Assert.That(requests.Skip(1).Select(r => r.Headers["x-aws-ec2-metadata-token"]), Is.All.EqualTo("TOKEN"));
    }

    [TestCase(403, TestName = "A 403 token response falls back to IMDSv1")]
    [TestCase(404, TestName = "A 404 token response falls back to IMDSv1")]
    [TestCase(405, TestName = "A 405 token response falls back to IMDSv1")]
    public void Token_refusals_fall_back_to_IMDSv1(int status)
    {
        using var server = new LocalHttpServer(Imds(new Reply(status)));
        Assert.That(Provider(server).Load()!.AccessKey, Is.EqualTo("AK"));
        Assert.That(server.RequestList.Skip(1).Any(r => r.Headers.ContainsKey("x-aws-ec2-metadata-token")), Is.False);
    }

    [Test]
    public void A_400_token_response_gives_up_without_credentials()
    {
        using var server = new LocalHttpServer(Imds(new Reply(400)));
        Assert.That(Provider(server).Load(), Is.Null);
        Assert.That(server.RequestList, Has.Count.EqualTo(1));
    }

    [Test]
    public void Without_a_token_and_with_IMDSv1_disabled_the_chain_fails_with_metadata_retrieval_error()
    {
        using var server = new LocalHttpServer(Imds(new Reply(404)));
        Assert.That(() => Provider(server, new InstanceMetadataOptions { V1Disabled = true }).Load(),
            Throws.TypeOf<MetadataRetrievalError>().With.Message.EqualTo(
                "Error retrieving metadata: Unable to retrieve token for use in IMDSv2 call and IMDSv1 has been disabled"));
    }

    [Test]
    public void A_token_read_timeout_falls_back_to_IMDSv1()
    {
        using var server = new LocalHttpServer(Imds(new Reply(200, "LATE", TimeSpan.FromSeconds(3))));
        var credentials = Provider(server, new InstanceMetadataOptions { Timeout = TimeSpan.FromMilliseconds(300) }).Load()!;
        Assert.That(credentials.AccessKey, Is.EqualTo("AK"));
        Assert.That(server.RequestList.Where(r => r.Method == "GET").Any(r => r.Headers.ContainsKey("x-aws-ec2-metadata-token")), Is.False);
    }

    [Test]
    public void Failed_role_requests_are_retried_up_to_the_number_of_attempts()
    {
        var roleCalls = 0;
        using var server = new LocalHttpServer(request => request.Path == RolePath && Interlocked.Increment(ref roleCalls) < 3
            ? new Reply(500) : Imds(Reply.Ok("TOKEN"))(request));
        Assert.That(Provider(server, new InstanceMetadataOptions { NumAttempts = 3 }).Load()!.AccessKey, Is.EqualTo("AK"));
        Assert.That(roleCalls, Is.EqualTo(3));
    }

    [Test]
    public void With_one_attempt_a_failed_role_request_means_no_credentials()
    {
        using var server = new LocalHttpServer(Imds(Reply.Ok("TOKEN"), role: new Reply(500)));
        Assert.That(Provider(server).Load(), Is.Null);
    }

    [Test]
    public void Empty_role_bodies_and_invalid_credential_json_are_retried()
    {
        var credsCalls = 0;
        using var server = new LocalHttpServer(request => request.Path == RolePath + "my-role" && Interlocked.Increment(ref credsCalls) == 1
            ? Reply.Ok("{oops") : Imds(Reply.Ok("TOKEN"))(request));
        Assert.That(Provider(server, new InstanceMetadataOptions { NumAttempts = 2 }).Load()!.AccessKey, Is.EqualTo("AK"));
        using var empty = new LocalHttpServer(Imds(Reply.Ok("TOKEN"), role: Reply.Ok("")));
        Assert.That(Provider(empty, new InstanceMetadataOptions { NumAttempts = 2 }).Load(), Is.Null);
        Assert.That(empty.RequestList.Count(r => r.Path == RolePath), Is.EqualTo(2));
    }

    [Test]
    public void A_json_error_document_means_no_credentials_without_retrying()
    {
        using var server = new LocalHttpServer(Imds(Reply.Ok("TOKEN"), creds: Reply.Ok("""{"Code": "AssumeRoleUnauthorizedAccess", "Message": "nope"}""")));
        Assert.That(Provider(server, new InstanceMetadataOptions { NumAttempts = 3 }).Load(), Is.Null);
        Assert.That(server.RequestList.Count(r => r.Path == RolePath + "my-role"), Is.EqualTo(1));
    }

    [Test]
    public void AWS_EC2_METADATA_DISABLED_true_in_any_case_skips_IMDS_entirely()
    {
        using var server = new LocalHttpServer(Imds(Reply.Ok("TOKEN")));
        var fetcher = new InstanceMetadataFetcher(new InstanceMetadataOptions { Endpoint = server.BaseUrl },
            new Dictionary<string, string> { ["AWS_EC2_METADATA_DISABLED"] = "TRUE" });
        Assert.That(new InstanceMetadataProvider(fetcher).Load(), Is.Null);
        Assert.That(server.RequestList, Is.Empty);
    }

    [Test]
    public void Expired_credentials_are_extended_by_the_window_plus_jitter_for_static_stability()
    {
        using var server = new LocalHttpServer(Imds(Reply.Ok("TOKEN"), creds: Reply.Ok(CredsJson(TimeSpan.FromMinutes(-5)))));
        var options = new InstanceMetadataOptions { Endpoint = server.BaseUrl, CredentialRefreshWindow = TimeSpan.FromMinutes(15) };
        var fetcher = new InstanceMetadataFetcher(options, new Dictionary<string, string>(), _clock, (min, max) => 300);
        var credentials = (RefreshableCredentials)new InstanceMetadataProvider(fetcher, _clock).Load()!;
        Assert.That(credentials.ExpiryTime!.Value.ToUnixTimeSeconds(), Is.EqualTo((_clock.Now + TimeSpan.FromSeconds(900 + 300)).ToUnixTimeSeconds()));
        Assert.That(credentials.AccessKey, Is.EqualTo("AK"));
    }

    [Test]
    public void Credentials_far_from_expiry_keep_their_expiration()
    {
        using var server = new LocalHttpServer(Imds(Reply.Ok("TOKEN")));
        var credentials = (RefreshableCredentials)Provider(server).Load()!;
        Assert.That(credentials.ExpiryTime!.Value.ToUnixTimeSeconds(), Is.EqualTo((_clock.Now + TimeSpan.FromHours(6)).ToUnixTimeSeconds()));
    }

    [Test]
    public void A_refused_connection_is_retried_and_then_means_no_credentials()
    {
        var options = new InstanceMetadataOptions { Endpoint = $"http://127.0.0.1:{LocalHttpServer.FreePort()}/", NumAttempts = 2 };
        using var fetcher = new InstanceMetadataFetcher(options, new Dictionary<string, string>(), _clock);
        Assert.That(new InstanceMetadataProvider(fetcher, _clock).Load(), Is.Null);
    }

    [Test]
    public void A_refresh_that_finds_no_credentials_fails_the_mandatory_refresh()
    {
        var available = true;
        using var server = new LocalHttpServer(request => available ? Imds(Reply.Ok("TOKEN"), creds: Reply.Ok(CredsJson(TimeSpan.FromMinutes(40))))(request) : new Reply(404));
        var credentials = Provider(server).Load()!;
        available = false;
        _clock.Advance(TimeSpan.FromMinutes(35));
        Assert.That(() => credentials.GetFrozenCredentials(), Throws.TypeOf<CredentialRetrievalError>()
            .With.Property("ErrorMsg").EqualTo("Credential refresh failed, response did not contain: access_key, secret_key, token, expiry_time"));
    }

    [TestCase(null, false, null, "http://169.254.169.254/", TestName = "The default endpoint is the IPv4 address")]
    [TestCase("IPv6", false, null, "http://[fd00:ec2::254]/", TestName = "Endpoint mode ipv6 selects the IPv6 address")]
    [TestCase(null, true, null, "http://[fd00:ec2::254]/", TestName = "imds_use_ipv6 selects the IPv6 address")]
    [TestCase("ipv6", false, "http://10.0.0.1:8080", "http://10.0.0.1:8080", TestName = "A custom endpoint wins over the mode")]
    public void The_endpoint_is_chosen_as_botocore_chooses_it(string? mode, bool useIpv6, string? custom, string expected)
    {
        var options = new InstanceMetadataOptions { Endpoint = custom, EndpointMode = InstanceMetadataOptions.ResolveEndpointMode(mode, useIpv6) };
        using var fetcher = new InstanceMetadataFetcher(options, new Dictionary<string, string>());
        Assert.That(fetcher.BaseUrl, Is.EqualTo(expected));
    }

    [Test]
    public void An_invalid_endpoint_or_mode_is_a_typed_error()
    {
        Assert.That(() => new InstanceMetadataFetcher(new InstanceMetadataOptions { Endpoint = "not a url" }, new Dictionary<string, string>()),
            Throws.TypeOf<InvalidIMDSEndpointError>());
        Assert.That(() => InstanceMetadataOptions.ResolveEndpointMode("ipv5", false), Throws.TypeOf<InvalidIMDSEndpointModeError>());
    }

    private InstanceMetadataProvider Provider(LocalHttpServer server, InstanceMetadataOptions? options = null)
    {
        options = (options ?? new InstanceMetadataOptions()) with { Endpoint = server.BaseUrl, UserAgent = "Botocore-test/1.0" };
        return new InstanceMetadataProvider(new InstanceMetadataFetcher(options, new Dictionary<string, string>(), _clock), _clock);
    }
}
