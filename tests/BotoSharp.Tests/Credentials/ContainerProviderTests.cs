using BotoSharp.Auth;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Credentials;

public class ContainerProviderTests
{
    private const string Body = """{"AccessKeyId": "AK", "SecretAccessKey": "SK", "Token": "T", "Expiration": "2099-01-01T00:00:00Z", "AccountId": "55"}""";

    private readonly List<TimeSpan> _sleeps = [];

    [SetUp]
    public void SetUp() => _sleeps.Clear();

    [Test]
    public void Credentials_come_from_the_full_uri_with_accept_json()
    {
        using var server = new LocalHttpServer(_ => Reply.Ok(Body));
        var credentials = Provider(new() { ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = server.BaseUrl + "creds" }).Load()!;
        Assert.That(credentials.GetFrozenCredentials(), Is.EqualTo(new ReadOnlyCredentials("AK", "SK", "T", "55")));
        Assert.That(credentials.Method, Is.EqualTo("container-role"));
        Assert.That(credentials, Is.InstanceOf<RefreshableCredentials>());
        var request = server.RequestList.Single();
        Assert.That((request.Method, request.Path, request.Headers["Accept"]), Is.EqualTo(("GET", "/creds", "application/json")));
        Assert.That(request.Headers.ContainsKey("Authorization"), Is.False);
    }

    [Test]
    public void The_authorization_token_file_wins_over_the_token_variable_and_is_sent_verbatim()
    {
        using var server = new LocalHttpServer(_ => Reply.Ok(Body));
        var tokenFile = Path.Combine(Path.GetTempPath(), "botosharp-token-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(tokenFile, "from-file");
        try
        {
            Provider(new()
            {
                ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = server.BaseUrl,
                ["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"] = tokenFile,
                ["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "from-env",
            }).Load();
            Assert.That(server.RequestList.Single().Headers["Authorization"], Is.EqualTo("from-file"));
        }
        finally
        {
            File.Delete(tokenFile);
        }
    }

    [Test]
    public void The_authorization_token_variable_is_sent_when_there_is_no_token_file()
    {
        using var server = new LocalHttpServer(_ => Reply.Ok(Body));
        Provider(new() { ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = server.BaseUrl, ["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "Basic abc" }).Load();
        Assert.That(server.RequestList.Single().Headers["Authorization"], Is.EqualTo("Basic abc"));
    }

    [TestCase("abc\r\n", TestName = "A token with CR LF is refused")]
    [TestCase("a\nb", TestName = "A token with LF is refused")]
    public void A_token_with_a_line_break_is_refused_before_any_request(string token)
    {
        using var server = new LocalHttpServer(_ => Reply.Ok(Body));
        Assert.That(() => Provider(new() { ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = server.BaseUrl, ["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = token }).Load(),
            Throws.TypeOf<InvalidConfigError>().With.Message.EqualTo("Auth token value is not a legal header value"));
        Assert.That(server.RequestList, Is.Empty);
    }

    [TestCase("http://example.com/creds", TestName = "A plain http public host is refused")]
    [TestCase("http://169.254.169.254/creds", TestName = "The IMDS address is refused for container credentials")]
    public void Full_uris_outside_the_allow_list_are_refused(string uri)
    {
        Assert.That(() => Provider(new() { ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = uri }).Load(),
            Throws.TypeOf<InvalidConfigError>().With.Message.StartsWith("Unsupported host '"));
    }

    [Test]
    public void Three_failed_attempts_with_a_pause_after_each_become_a_credential_retrieval_error()
    {
        using var server = new LocalHttpServer(_ => new Reply(500, "boom"));
        Assert.That(() => Provider(new() { ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = server.BaseUrl }).Load(),
            Throws.TypeOf<CredentialRetrievalError>().With.Message.EqualTo(
                "Error when retrieving credentials from container-role: Error retrieving metadata: Received non 200 response 500 from container metadata: boom"));
        Assert.That(server.RequestList, Has.Count.EqualTo(3));
        Assert.That(_sleeps, Is.EqualTo(new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1) }));
    }

    [Test]
    public void Invalid_json_is_retried_and_then_reported()
    {
        var calls = 0;
        using var server = new LocalHttpServer(_ => Interlocked.Increment(ref calls) < 3 ? Reply.Ok("{not json") : Reply.Ok(Body));
        var credentials = Provider(new() { ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = server.BaseUrl }).Load()!;
        Assert.That(credentials.AccessKey, Is.EqualTo("AK"));
        Assert.That(server.RequestList, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_refused_connection_is_a_credential_retrieval_error()
    {
        var uri = $"http://127.0.0.1:{LocalHttpServer.FreePort()}/";
        Assert.That(() => Provider(new() { ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = uri }).Load(),
            Throws.TypeOf<CredentialRetrievalError>().With.Message.Contains("Received error when attempting to retrieve container metadata"));
    }

    [Test]
    public void Each_attempt_times_out_after_two_seconds_by_default()
    {
        using var fetcher = new ContainerMetadataFetcher();
        Assert.That(fetcher.Timeout, Is.EqualTo(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public void A_slow_endpoint_times_out_on_every_attempt()
    {
        using var server = new LocalHttpServer(_ => new Reply(200, Body, TimeSpan.FromSeconds(2)));
        var fetcher = new ContainerMetadataFetcher(TimeSpan.FromMilliseconds(150), (_, _) => Task.CompletedTask);
        var provider = new ContainerProvider(new Dictionary<string, string> { ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = server.BaseUrl }, fetcher);
        Assert.That(() => provider.Load(), Throws.TypeOf<CredentialRetrievalError>().With.Message.Contains("Read timeout"));
        Assert.That(server.RequestList, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_response_without_a_token_names_the_missing_key()
    {
        using var server = new LocalHttpServer(_ => Reply.Ok("""{"AccessKeyId": "AK", "SecretAccessKey": "SK", "Expiration": "2099-01-01T00:00:00Z"}"""));
        Assert.That(() => Provider(new() { ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = server.BaseUrl }).Load(),
            Throws.TypeOf<CredentialRetrievalError>().With.Property("ErrorMsg").EqualTo("Missing required key in response: 'Token'"));
    }

    [Test]
    public void The_relative_uri_wins_and_targets_the_ecs_address()
    {
        Assert.That(ContainerMetadataFetcher.FullUrl("/v2/credentials/x"), Is.EqualTo("http://169.254.170.2/v2/credentials/x"));
        Assert.That(Provider(new()).Load(), Is.Null);
    }

    [Test]
    public void Credentials_refresh_through_the_endpoint_near_expiry()
    {
        var clock = new FakeClock();
        var calls = 0;
        using var server = new LocalHttpServer(_ => Reply.Ok(
            $$"""{"AccessKeyId": "AK{{Interlocked.Increment(ref calls)}}", "SecretAccessKey": "SK", "Token": "T", "Expiration": "{{clock.Iso(TimeSpan.FromHours(1))}}"}"""));
        var credentials = new ContainerProvider(new Dictionary<string, string> { ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = server.BaseUrl }, Fetcher(), clock).Load()!;
        Assert.That(credentials.AccessKey, Is.EqualTo("AK1"));
        clock.Advance(TimeSpan.FromMinutes(55));
        Assert.That(credentials.AccessKey, Is.EqualTo("AK2"));
    }

    private ContainerMetadataFetcher Fetcher() => new((delay, _) => { lock (_sleeps) { _sleeps.Add(delay); } return Task.CompletedTask; });

    private ContainerProvider Provider(Dictionary<string, string> env) => new(env, Fetcher());
}
