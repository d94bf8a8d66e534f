using System.Globalization;
using System.Text.Json.Nodes;

namespace BotoSharp.Tests.Credentials.Calls;

/// <summary>
/// IAM Identity Center credentials against a local server that answers as the SSO portal
/// (<c>GET /federation/credentials</c>) and sso-oidc (<c>POST /token</c>), with botocore 1.43.11 driven against the
/// same server and files: the requests (bearer token, OIDC body), credentials, bearer token and the SSO cache file
/// after a refresh must agree, and so must every failure.
/// </summary>
[NonParallelizable]
public class SsoDifferentialTests : LocalServerCallFixture
{
    private const string StartUrl = "https://example.awsapps.com/start";
    private static readonly Dictionary<string, string> s_endpoints = new() { ["AWS_ENDPOINT_URL_SSO"] = "{URL}", ["AWS_ENDPOINT_URL_SSO_OIDC"] = "{URL}" };

    // The portal knows two tokens; sso-oidc renews one refresh token.
    private protected override Reply Answer(RecordedRequest request)
    {
        if (request.Path.StartsWith("/federation/credentials", StringComparison.Ordinal))
        {
            var token = request.Headers.GetValueOrDefault("x-amz-sso_bearer_token");
            return token is "cached-token" or "renewed-token"
                ? Reply.Ok("""{"roleCredentials": {"accessKeyId": "ASIASSO", "secretAccessKey": "sso-secret", "sessionToken": "sso-session", "expiration": 4102444800123}}""")
                : new Reply(401, """{"__type": "UnauthorizedException", "message": "Session token not found or invalid"}""");
        }
        if (request.Path == "/token")
        {
            var body = JsonNode.Parse(request.Body)!;
            return (string?)body["refreshToken"] == "good-refresh"
                ? Reply.Ok("""{"accessToken": "renewed-token", "expiresIn": 28800, "refreshToken": "next-refresh", "tokenType": "Bearer"}""")
                : new Reply(400, """{"__type": "InvalidGrantException", "error": "invalid_grant", "error_description": "refresh token expired"}""");
        }
        return new Reply(404, "{}");
    }

    private static string Time(TimeSpan fromNow) =>
        (DateTime.UtcNow + fromNow).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Token(string accessToken, TimeSpan expiresIn, string? refresh = null, TimeSpan? registration = null) =>
        new JsonObject
        {
            ["startUrl"] = StartUrl,
            ["region"] = "us-east-1",
            ["accessToken"] = accessToken,
            ["expiresAt"] = Time(expiresIn),
            ["clientId"] = refresh is null ? null : "client-id",
            ["clientSecret"] = refresh is null ? null : "client-secret",
            ["registrationExpiresAt"] = refresh is null ? null : Time(registration ?? TimeSpan.FromDays(30)),
            ["refreshToken"] = refresh,
        }.Where(p => p.Value is not null).Aggregate(new JsonObject(), (o, p) => { o[p.Key] = p.Value!.DeepClone(); return o; }).ToJsonString();

    private static string CacheFile(string key) => ".aws/sso/cache/" + BotoSharp.Auth.SSOTokenLoader.CacheKey(key, null) + ".json";

    private const string Legacy = "[default]\nsso_start_url = " + StartUrl + "\nsso_region = us-east-1\nsso_account_id = 111122223333\nsso_role_name = Reader\n";
    private const string WithSession = "[default]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Reader\n"
        + "[sso-session corp]\nsso_start_url = " + StartUrl + "\nsso_region = us-east-1\n";

    public static IEnumerable<CallScenario> Scenarios() =>
    [
        new("Legacy profile with a valid token", Legacy, Env: s_endpoints, Files: new() { ["home/" + CacheFile(StartUrl)] = Token("cached-token", TimeSpan.FromHours(2)) }),
        new("Legacy profile with an expired token", Legacy, Env: s_endpoints, Files: new() { ["home/" + CacheFile(StartUrl)] = Token("cached-token", -TimeSpan.FromHours(1)) }),
        new("Legacy profile without a cached token", Legacy, Env: s_endpoints),
        new("sso-session with a fresh token", WithSession, Env: s_endpoints,
            Files: new() { ["home/" + CacheFile("corp")] = Token("cached-token", TimeSpan.FromHours(2), "good-refresh") }),
        new("sso-session token near expiry is renewed and written back", WithSession, Env: s_endpoints,
            Files: new() { ["home/" + CacheFile("corp")] = Token("cached-token", TimeSpan.FromMinutes(5), "good-refresh") }),
        new("sso-session expired token is renewed", WithSession, Env: s_endpoints,
            Files: new() { ["home/" + CacheFile("corp")] = Token("stale-token", -TimeSpan.FromMinutes(5), "good-refresh") }),
        new("sso-session renewal refused", WithSession, Env: s_endpoints,
            Files: new() { ["home/" + CacheFile("corp")] = Token("stale-token", -TimeSpan.FromMinutes(5), "bad-refresh") }),
        new("sso-session registration expired", WithSession, Env: s_endpoints,
            Files: new() { ["home/" + CacheFile("corp")] = Token("stale-token", -TimeSpan.FromMinutes(5), "good-refresh", -TimeSpan.FromDays(1)) }),
        new("sso-session advisory renewal refused keeps the token", WithSession, Env: s_endpoints,
            Files: new() { ["home/" + CacheFile("corp")] = Token("cached-token", TimeSpan.FromMinutes(12), "bad-refresh") }),
        new("The portal rejects the token", WithSession, Env: s_endpoints,
            Files: new() { ["home/" + CacheFile("corp")] = Token("revoked-token", TimeSpan.FromHours(2)) }),
        new("Missing sso_region", "[default]\nsso_session = corp\nsso_account_id = 1\nsso_role_name = r\n[sso-session corp]\nsso_start_url = " + StartUrl + "\n",
            Env: s_endpoints),
        new("A missing sso-session", "[default]\nsso_session = nope\nsso_account_id = 1\nsso_role_name = r\n", Env: s_endpoints),
    ];

    [Test]
    public async Task BotoSharp_calls_the_portal_and_oidc_as_botocore_does()
    {
        var failures = await DisagreementsAsync(Scenarios());
        Assert.That(failures, Is.Empty);
    }
}
