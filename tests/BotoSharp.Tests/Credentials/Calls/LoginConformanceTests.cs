using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BotoSharp.Auth;
using BotoSharp.Errors;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Credentials.Calls;

/// <summary>
/// botocore 1.43.11's login provider cases (conformance/login): the cached session, its required fields, and a
/// refresh through a local sign-in service that checks the request body and the DPoP proof (signature verified
/// with the session's key). The clock is botocore's test clock, 2025-11-19T00:00:00Z. botocore here lacks
/// <c>awscrt</c> and cannot run these itself; the cases carry its expected outcomes.
/// </summary>
[NonParallelizable]
public class LoginConformanceTests
{
    private static readonly DateTimeOffset s_now = new(2025, 11, 19, 0, 0, 0, TimeSpan.Zero);

    private static IEnumerable<TestCaseData> Cases() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Conformance, "login", "login-provider-test-cases.json")))!.AsArray()
            .Select(c => new TestCaseData(c!.ToJsonString()).SetName("Login: " + (string)c["documentation"]!));

    [TestCaseSource(nameof(Cases))]
    public async Task Login_provider_matches_the_case(string caseJson)
    {
        var testCase = JsonNode.Parse(caseJson)!.AsObject();
        var root = Path.Combine(Path.GetTempPath(), "botosharp-login-" + Guid.NewGuid().ToString("N"));
        var cacheDir = Path.Combine(root, "cache");
        Directory.CreateDirectory(cacheDir);
        try
        {
            File.WriteAllText(Path.Combine(root, "config"), (string)testCase["configContents"]!);
            foreach (var (name, contents) in testCase["cacheContents"]?.AsObject() ?? [])
            {
                File.WriteAllText(Path.Combine(cacheDir, name), contents!.ToJsonString());
            }
            var mocks = testCase["mockApiCalls"]?.AsArray() ?? [];
            var received = new List<RecordedRequest>();
            using var server = new LocalHttpServer(request =>
            {
                lock (received)
                {
                    received.Add(request);
                }
                var mock = mocks.ElementAtOrDefault(received.Count - 1);
                return mock is null ? new Reply(500, "{}")
                    : mock["responseCode"] is { } code ? new Reply((int)code, """{"error": "TOKEN_EXPIRED", "message": "expired"}""")
                    : Reply.Ok(mock["response"]!["tokenOutput"]!.ToJsonString());
            });
            var env = new Dictionary<string, string>
            {
                ["AWS_CONFIG_FILE"] = Path.Combine(root, "config"),
                ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(root, "credentials"),
                ["AWS_LOGIN_CACHE_DIRECTORY"] = cacheDir,
                ["AWS_ENDPOINT_URL_SIGNIN"] = server.BaseUrl.TrimEnd('/'),
                ["AWS_DEFAULT_REGION"] = "us-east-1",
                ["HOME"] = root,
            };
            var session = new Session(environment: env);
            var profile = ((string)testCase["configContents"]!).Split('\n')[0].Trim('[', ']').Replace("profile ", string.Empty, StringComparison.Ordinal);
            var provider = new LoginProvider(() => new CredentialConfigView(session.FullConfig), profile,
                CredentialClientCreators.FromSession(session), new JsonFileCache(cacheDir), new FakeClock(s_now));

            foreach (var outcome in testCase["outcomes"]!.AsArray())
            {
                switch ((string)outcome!["result"]!)
                {
                    case "error":
                        Assert.That(async () => await provider.Load()!.GetFrozenCredentialsAsync(), Throws.InstanceOf<BotoCoreError>());
                        break;
                    case "credentials":
                        var credentials = (RefreshableCredentials)provider.Load()!;
                        var frozen = await credentials.GetFrozenCredentialsAsync();
                        Assert.That((frozen.AccessKey, frozen.SecretKey, frozen.Token, frozen.AccountId, Iso(credentials.ExpiryTime!.Value), credentials.Method),
                            Is.EqualTo(((string)outcome["accessKeyId"]!, (string)outcome["secretAccessKey"]!, (string)outcome["sessionToken"]!,
                                (string)outcome["accountId"]!, (string)outcome["expiresAt"]!, "login")));
                        break;
                    case "cacheContents":
                        foreach (var (name, expected) in outcome.AsObject().Where(p => p.Key != "result"))
                        {
                            var actual = JsonNode.Parse(File.ReadAllText(Path.Combine(cacheDir, name)));
                            Assert.That(JsonNode.DeepEquals(actual, expected), Is.True, $"{name}: {actual!.ToJsonString()}");
                        }
                        break;
                }
            }
            Assert.That(received, Has.Count.EqualTo(mocks.Count), "one sign-in call per mocked call");
            for (var i = 0; i < mocks.Count; i++)
            {
                Assert.That(received[i].Path, Is.EqualTo("/v1/token"));
                Assert.That(JsonNode.DeepEquals(JsonNode.Parse(received[i].Body), mocks[i]!["request"]!["tokenInput"]), Is.True, received[i].Body);
                VerifyDPoP(received[i].Headers["DPoP"], server.BaseUrl.TrimEnd('/') + "/v1/token", testCase);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void VerifyDPoP(string proof, string url, JsonObject testCase)
    {
        var parts = proof.Split('.');
        var header = JsonNode.Parse(Base64Url(parts[0]))!;
        var payload = JsonNode.Parse(Base64Url(parts[1]))!;
        Assert.That(((string)header["typ"]!, (string)header["alg"]!, (string)header["jwk"]!["crv"]!), Is.EqualTo(("dpop+jwt", "ES256", "P-256")));
        Assert.That(((string)payload["htm"]!, (string)payload["htu"]!), Is.EqualTo(("POST", url)));
        var pem = (string)testCase["cacheContents"]!.AsObject().First().Value!["dpopKey"]!;
        using var key = ECDsa.Create();
        key.ImportFromPem(pem);
        Assert.That(key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64UrlBytes(parts[2]), HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation), Is.True, "the proof is signed with the session's key");
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string Base64Url(string text) => Encoding.UTF8.GetString(Base64UrlBytes(text));

    private static byte[] Base64UrlBytes(string text)
    {
        var b64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(b64.PadRight(b64.Length + ((4 - b64.Length % 4) % 4), '='));
    }
}
