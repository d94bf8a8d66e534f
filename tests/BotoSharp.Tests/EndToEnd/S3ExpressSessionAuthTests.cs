using System.Text;
using BotoSharp.Clients;
using BotoSharp.Configuration;
using BotoSharp.Http;
using BotoSharp.Services.S3;

namespace BotoSharp.Tests.EndToEnd;

/// <summary>
/// S3 Express session auth through the typed S3 client, as botocore's <c>S3ExpressIdentityResolver</c>: the endpoint
/// cases expose it because botocore's first request for a directory bucket is <c>CreateSession</c>.
/// </summary>
[TestFixture]
public sealed class S3ExpressSessionAuthTests
{
    private const string Bucket = "mybucket--usw2-az1--x-s3";

    private const string SessionXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <CreateSessionResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Credentials><SessionToken>SESSIONTOKEN</SessionToken><SecretAccessKey>SESSIONSECRET</SecretAccessKey><AccessKeyId>SESSIONKEY</AccessKeyId><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials></CreateSessionResult>
        """;

    [Test]
    public async Task A_directory_bucket_call_first_creates_a_session_then_signs_with_its_credentials()
    {
        var (client, requests) = StubbedClient();
        await client.GetObjectAsync(new GetObjectRequest { Bucket = Bucket, Key = "k" });

        Assert.That(requests.Select(r => r.Url), Is.EqualTo(new[]
        {
            $"https://{Bucket}.s3express-usw2-az1.us-west-2.amazonaws.com/?session",
            $"https://{Bucket}.s3express-usw2-az1.us-west-2.amazonaws.com/k",
        }));
        Assert.That(requests[0].Headers["Authorization"], Does.Contain("Credential=AKIDEXAMPLE/"));
        Assert.That(requests[0].Headers["x-amz-s3session-token"], Is.Null, "CreateSession itself signs with the client's credentials");
        Assert.That(requests[1].Headers["Authorization"], Does.Contain("Credential=SESSIONKEY/").And.Contain("/us-west-2/s3express/aws4_request"));
        Assert.That(requests[1].Headers["x-amz-s3session-token"], Is.EqualTo("SESSIONTOKEN"));
        Assert.That(requests[1].Headers["X-Amz-Security-Token"], Is.Null);
    }

    [Test]
    public async Task A_second_call_to_the_same_bucket_reuses_the_cached_session()
    {
        var (client, requests) = StubbedClient();
        await client.GetObjectAsync(new GetObjectRequest { Bucket = Bucket, Key = "a" });
        await client.GetObjectAsync(new GetObjectRequest { Bucket = Bucket, Key = "b" });

        Assert.That(requests.Count(r => r.Url.EndsWith("?session", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Disabling_session_auth_signs_with_the_client_credentials_and_never_creates_a_session()
    {
        var (client, requests) = StubbedClient(new ClientConfig { S3 = new Dictionary<string, object?> { ["disable_s3_express_session_auth"] = true } });
        await client.GetObjectAsync(new GetObjectRequest { Bucket = Bucket, Key = "k" });

        Assert.That(requests, Has.Count.EqualTo(1));
        Assert.That(requests[0].Headers["Authorization"], Does.Contain("Credential=AKIDEXAMPLE/").And.Contain("/s3express/aws4_request"));
    }

    [Test]
    public async Task The_AWS_S3_DISABLE_EXPRESS_SESSION_AUTH_variable_disables_session_auth_as_well()
    {
        var (client, requests) = StubbedClient(environment: ("AWS_S3_DISABLE_EXPRESS_SESSION_AUTH", "true"));
        await client.GetObjectAsync(new GetObjectRequest { Bucket = Bucket, Key = "k" });

        Assert.That(requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_non_boolean_disable_setting_is_an_invalid_config_error()
    {
        var error = Assert.Throws<Errors.InvalidConfigError>(() => StubbedClient(environment: ("AWS_S3_DISABLE_EXPRESS_SESSION_AUTH", "yes")));
        Assert.That(error!.Message, Is.EqualTo("Invalid value \"yes\" for s3_disable_express_session_auth. Value must be a boolean"));
    }

    [Test]
    public void A_request_uri_that_is_only_a_query_goes_on_the_wire_after_a_slash()
    {
        Assert.That(BotoSharp.Clients.Stages.RequestUrl.Join("https://b.s3express-usw2-az1.us-west-2.amazonaws.com", "?session", null),
            Is.EqualTo("https://b.s3express-usw2-az1.us-west-2.amazonaws.com/?session"));
    }

    private static (S3Client Client, List<AwsRequest> Requests) StubbedClient(ClientConfig? config = null, (string Name, string Value)? environment = null)
    {
        var variables = new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };
        if (environment is { } extra)
        {
            variables[extra.Name] = extra.Value;
        }
        var session = new Session(environment: variables);
        var client = session.CreateClient<S3Client>("us-west-2", awsAccessKeyId: EndpointCaseClientFactory.AccessKey, awsSecretAccessKey: "secret",
            awsSessionToken: "CLIENTTOKEN", config: config);
        var requests = new List<AwsRequest>();
        client.Meta.Events.Register("before-send", kwargs =>
        {
            var request = (AwsRequest)kwargs["request"]!;
            requests.Add(request);
            var body = request.Url.EndsWith("?session", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(SessionXml) : [];
            return new AwsResponse(request.Url, 200, new HttpHeaderList(), body, null);
        });
        return (client, requests);
    }
}
