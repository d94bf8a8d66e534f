using System.Globalization;
using System.Net;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Credentials.Calls;

/// <summary>
/// A web identity token file is read again on every refresh (EKS rotates it in place): against a local STS whose
/// credentials are always inside the mandatory refresh window, botocore 1.43.11 and BotoSharp each take credentials,
/// see the file rewritten, and take them again; STS must see the same tokens in the same order from both.
/// </summary>
[NonParallelizable]
public class WebIdentityRefreshDifferentialTests
{
    private const string Script = """
        import os, botocore.session
        os.environ.clear()
        os.environ.update(INPUT['env'])
        credentials = botocore.session.Session(profile='w').get_credentials()
        keys = [credentials.get_frozen_credentials().access_key]
        with open(INPUT['token'], 'w') as f:
            f.write('second-token')
        keys.append(credentials.get_frozen_credentials().access_key)
        emit(keys)
        """;

    private LocalHttpServer _server = null!;
    private string _root = null!;

    [OneTimeSetUp]
    public void StartServer()
    {
        _server = new LocalHttpServer(Answer);
        _root = Path.Combine(Path.GetTempPath(), "botosharp-webid-" + Guid.NewGuid().ToString("N"));
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        _server.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    // Credentials named after the token they were issued for, expiring in five minutes (< botocore's 10-minute window).
    private static Reply Answer(RecordedRequest request)
    {
        var token = Token(request);
        var expiration = DateTime.UtcNow.AddMinutes(5).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return Reply.Ok("<AssumeRoleWithWebIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleWithWebIdentityResult>"
            + $"<Credentials><AccessKeyId>ASIA-{token}</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>{expiration}</Expiration></Credentials>"
            + "<AssumedRoleUser><AssumedRoleId>AROA:w</AssumedRoleId><Arn>arn:aws:sts::123456789012:assumed-role/web/w</Arn></AssumedRoleUser>"
            + "</AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>");
    }

    private static string Token(RecordedRequest request) => request.Body.Split('&').Select(p => p.Split('=', 2))
        .Where(p => p[0] == "WebIdentityToken").Select(p => WebUtility.UrlDecode(p[1])).Single();

    private (Dictionary<string, string> Env, string TokenFile) Prepare(string side)
    {
        var dir = Path.Combine(_root, side);
        Directory.CreateDirectory(dir);
        var tokenFile = Path.Combine(dir, "token");
        File.WriteAllText(tokenFile, "first-token");
        File.WriteAllText(Path.Combine(dir, "config"),
            $"[profile w]\nrole_arn = arn:aws:iam::123456789012:role/web\nweb_identity_token_file = {tokenFile}\nrole_session_name = web\n");
        var env = new Dictionary<string, string>
        {
            ["HOME"] = dir,
            ["AWS_CONFIG_FILE"] = Path.Combine(dir, "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(dir, "credentials"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_DEFAULT_REGION"] = "us-east-1",
            ["AWS_ENDPOINT_URL_STS"] = _server.BaseUrl.TrimEnd('/'),
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
        };
        return (env, tokenFile);
    }

    [Test]
    public async Task Every_refresh_reads_the_token_file_again_as_botocore_does()
    {
        var (botocoreEnv, botocoreToken) = Prepare("botocore");
        var botocoreKeys = Botocore.Run(Script, new Dictionary<string, object> { ["env"] = botocoreEnv, ["token"] = botocoreToken })!
            .AsArray().Select(k => (string?)k).ToList();
        var botocoreTokens = _server.RequestList.Select(Token).ToList();
        _server.Requests.Clear();

        var (env, tokenFile) = Prepare("botosharp");
        var credentials = (await new Session(profile: "w", environment: env).GetCredentialsAsync())!;
        var keys = new List<string?> { (await credentials.GetFrozenCredentialsAsync()).AccessKey };
        await File.WriteAllTextAsync(tokenFile, "second-token");
        keys.Add((await credentials.GetFrozenCredentialsAsync()).AccessKey);
        var tokens = _server.RequestList.Select(Token).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(botocoreKeys.Last(), Is.EqualTo("ASIA-second-token"), "botocore refreshes with the rewritten file");
            Assert.That(keys, Is.EqualTo(botocoreKeys));
            Assert.That(tokens, Is.EqualTo(botocoreTokens), "STS sees the same tokens in the same order");
        });
    }
}
