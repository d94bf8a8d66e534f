using System.Text.Json.Nodes;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Credentials;

/// <summary>
/// IMDS and container scenarios served by one local server to both botocore and BotoSharp: the requests each
/// makes (method, path, whether an IMDSv2 token or Authorization header was sent) and the outcome must match.
/// </summary>
[NonParallelizable]
public class MetadataDifferentialTests
{
    private const string Script = """
import botocore.session
try:
    c = botocore.session.Session().get_credentials()
    emit(None if c is None else {'access_key': c.access_key, 'secret_key': c.secret_key, 'token': c.token, 'method': c.method})
except Exception as e:
    emit({'error': type(e).__name__, 'message': str(e)})
""";

    private const string RolePath = "/latest/meta-data/iam/security-credentials/";
    private const string Creds = """{"Code": "Success", "AccessKeyId": "IAK", "SecretAccessKey": "ISK", "Token": "IT", "Expiration": "2099-01-01T00:00:00Z"}""";

    private static IEnumerable<TestCaseData> ImdsCases()
    {
        yield return Imds("IMDSv2 token flow", Reply.Ok("TOKEN"));
        yield return Imds("Token 403 falls back to v1", new Reply(403));
        yield return Imds("Token 404 falls back to v1", new Reply(404));
        yield return Imds("Token 405 falls back to v1", new Reply(405));
        yield return Imds("Token 400 gives up", new Reply(400));
        yield return Imds("Token 500 is retried then falls back to v1", new Reply(500), attempts: 2);
        yield return Imds("v1 disabled without a token fails", new Reply(404), v1Disabled: true);
        yield return Imds("A failing role request gives no credentials", Reply.Ok("TOKEN"), role: new Reply(500), attempts: 2);
        yield return Imds("An error document gives no credentials", Reply.Ok("TOKEN"), creds: Reply.Ok("""{"Code": "AssumeRoleUnauthorizedAccess", "Message": "no"}"""));
        yield return Imds("Credentials missing a token give none", Reply.Ok("TOKEN"), creds: Reply.Ok("""{"AccessKeyId": "A", "SecretAccessKey": "S", "Expiration": "2099-01-01T00:00:00Z"}"""));
    }

    private static TestCaseData Imds(string name, Reply token, Reply? role = null, Reply? creds = null, int attempts = 1, bool v1Disabled = false) =>
        new TestCaseData(new Func<RecordedRequest, Reply>(r => r.Path switch
        {
            "/latest/api/token" => token,
            RolePath => role ?? Reply.Ok("role"),
            RolePath + "role" => creds ?? Reply.Ok(Creds),
            _ => new Reply(404),
        }), attempts, v1Disabled).SetName("Botocore agrees on IMDS: " + name);

    [TestCaseSource(nameof(ImdsCases))]
    public void IMDS_requests_and_results_match_botocore(Func<RecordedRequest, Reply> handler, int attempts, bool v1Disabled)
    {
        using var server = new LocalHttpServer(handler);
        var env = BaseEnv();
        env["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = server.BaseUrl;
        env["AWS_METADATA_SERVICE_NUM_ATTEMPTS"] = attempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        env["AWS_EC2_METADATA_V1_DISABLED"] = v1Disabled ? "true" : "false";
        Compare(server, env, r => $"{r.Method} {r.Path} token={r.Headers.ContainsKey("x-aws-ec2-metadata-token")}");
    }

    private static IEnumerable<TestCaseData> ContainerCases()
    {
        yield return new TestCaseData(new Reply(200, """{"AccessKeyId": "CAK", "SecretAccessKey": "CSK", "Token": "CT", "Expiration": "2099-01-01T00:00:00Z"}"""), "Bearer abc")
            .SetName("Botocore agrees on containers: credentials with an authorization token");
        yield return new TestCaseData(new Reply(500, "nope"), null).SetName("Botocore agrees on containers: three failed attempts");
    }

    [TestCaseSource(nameof(ContainerCases))]
    public void Container_requests_and_results_match_botocore(Reply reply, string? authorization)
    {
        using var server = new LocalHttpServer(_ => reply);
        var env = BaseEnv();
        env["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = server.BaseUrl + "creds";
        if (authorization is not null)
        {
            env["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = authorization;
        }
        Compare(server, env, r => $"{r.Method} {r.Path} auth={(r.Headers.TryGetValue("Authorization", out var a) ? a : "-")} accept={r.Headers["Accept"]}");
    }

    [Test]
    public void A_disallowed_container_host_has_botocores_message()
    {
        var env = BaseEnv();
        env["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = "http://192.0.2.1/creds";
        var expected = Botocore.Run(Script, null, env)!;
        var thrown = Assert.Catch(() => new Session(environment: env).GetCredentials())!;
        Assert.That(((string)expected["error"]!, (string)expected["message"]!), Is.EqualTo(("ValueError", thrown.Message)));
    }

    private static void Compare(LocalHttpServer server, Dictionary<string, string> env, Func<RecordedRequest, string> describe)
    {
        var expected = Botocore.Run(Script, null, env);
        var botocoreRequests = server.RequestList.Select(describe).ToList();
        server.Requests.Clear();
        JsonNode? actual;
        try
        {
            var credentials = new Session(environment: env).GetCredentials();
            actual = credentials is null ? null : new JsonObject
            {
                ["access_key"] = credentials.AccessKey, ["secret_key"] = credentials.SecretKey,
                ["token"] = credentials.Token, ["method"] = credentials.Method,
            };
        }
        catch (Errors.BotoCoreError e)
        {
            actual = new JsonObject { ["error"] = e.GetType().Name, ["message"] = e.Message };
        }
        Assert.That(server.RequestList.Select(describe), Is.EqualTo(botocoreRequests));
        Assert.That(actual?.ToJsonString() ?? "null", Is.EqualTo(expected?.ToJsonString() ?? "null"));
    }

    private static Dictionary<string, string> BaseEnv()
    {
        var home = Path.Combine(Path.GetTempPath(), "botosharp-no-home");
        return new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["AWS_CONFIG_FILE"] = Path.Combine(home, "none-config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(home, "none-credentials"),
        };
    }
}
