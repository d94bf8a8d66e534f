using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Credentials.Calls;

/// <summary>
/// Role credentials end to end against moto_server's STS, compared with botocore 1.43.11 driven against the same
/// server with the same files: the AssumeRole / AssumeRoleWithWebIdentity requests (URL, body, signed or not),
/// the method and account id, the identity GetCallerIdentity reports, and the AWS CLI cache files written.
/// </summary>
[NonParallelizable]
public class AssumeRoleDifferentialTests
{
    private const string Base = "[profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n";
    private const string Role1 = "[profile r1]\nrole_arn = arn:aws:iam::123456789012:role/first\nsource_profile = base\nrole_session_name = one\n";
    private const string Env = "AWS_ENDPOINT_URL_STS";

    private MotoServer _moto = null!;
    private CredentialCallRunner _runner = null!;

    [OneTimeSetUp]
    public void StartMoto()
    {
        _moto = MotoServer.Start();
        _runner = new CredentialCallRunner(_moto.EndpointUrl);
    }

    [OneTimeTearDown]
    public void StopMoto()
    {
        _runner.Dispose();
        _moto.Dispose();
    }

    private static Dictionary<string, string> Sts() => new() { [Env] = "{URL}" };

    public static IEnumerable<CallScenario> Scenarios() =>
    [
        new("One role from a static source profile", Base + Role1, "r1", Sts()),
        new("A chain of three roles", Base + Role1
            + "[profile r2]\nrole_arn = arn:aws:iam::123456789012:role/second\nsource_profile = r1\nrole_session_name = two\nexternal_id = ext-2\nduration_seconds = 1800\n"
            + "[profile r3]\nrole_arn = arn:aws:iam::210987654321:role/third\nsource_profile = r2\nrole_session_name = three\n", "r3", Sts()),
        new("Static keys beside role_arn, sourcing itself",
            "[profile me]\naws_access_key_id = AKIDME\naws_secret_access_key = me-secret\nrole_arn = arn:aws:iam::123456789012:role/self\nsource_profile = me\nrole_session_name = self\n",
            "me", Sts()),
        new("A generated role session name", Base + "[profile gen]\nrole_arn = arn:aws:iam::123456789012:role/gen\nsource_profile = base\n", "gen", Sts()),
        new("credential_source Environment",
            "[profile env]\nrole_arn = arn:aws:iam::123456789012:role/env\ncredential_source = Environment\nrole_session_name = env\n", "env",
            new() { [Env] = "{URL}", ["AWS_ACCESS_KEY_ID"] = "AKIDENV", ["AWS_SECRET_ACCESS_KEY"] = "env-secret" }),
        new("An MFA serial asks the prompter", Base
            + "[profile mfa]\nrole_arn = arn:aws:iam::123456789012:role/mfa\nsource_profile = base\nrole_session_name = mfa\nmfa_serial = arn:aws:iam::123456789012:mfa/user\n",
            "mfa", Sts(), MfaCode: "123456"),
        new("Web identity from the environment", "[default]\nregion = us-east-1\n", null,
            new() { [Env] = "{URL}", ["AWS_WEB_IDENTITY_TOKEN_FILE"] = "{DIR}/token", ["AWS_ROLE_ARN"] = "arn:aws:iam::123456789012:role/web",
                ["AWS_ROLE_SESSION_NAME"] = "pod" }, new() { ["token"] = "eyJ.web.token" }),
        new("Web identity from the profile",
            "[profile w]\nrole_arn = arn:aws:iam::123456789012:role/web2\nweb_identity_token_file = {DIR}/token\n", "w", Sts(),
            new() { ["token"] = "eyJ.profile.token\n" }),
        new("A role sourcing a web identity profile", "[profile w]\nrole_arn = arn:aws:iam::123456789012:role/web3\nweb_identity_token_file = {DIR}/token\nrole_session_name = web-w\n"
            + "[profile top]\nrole_arn = arn:aws:iam::123456789012:role/top\nsource_profile = w\nrole_session_name = top\n", "top", Sts(),
            new() { ["token"] = "eyJ.chained" }),
        new("duration_seconds below STS's minimum", Base + "[profile d]\nrole_arn = arn:aws:iam::123456789012:role/d\nsource_profile = base\nduration_seconds = 100\n", "d", Sts()),
        new("duration_seconds that is not a number is ignored", Base + "[profile d]\nrole_arn = arn:aws:iam::123456789012:role/d\nsource_profile = base\nrole_session_name = dd\nduration_seconds = soon\n", "d", Sts()),
        new("A missing source profile", "[profile r]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = nope\n", "r", Sts()),
        new("A cycle", "[profile a]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = b\n[profile b]\nrole_arn = arn:aws:iam::1:role/y\nsource_profile = a\n", "a", Sts()),
    ];

    [Test]
    public async Task BotoSharp_sends_the_same_sts_requests_and_gets_the_same_identity_as_botocore()
    {
        var failures = await _runner.DisagreementsAsync(Scenarios().ToList(), identity: true, CredentialCallRunner.Normalize);
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task An_mfa_code_asked_on_a_closed_input_fails_before_any_sts_call_on_both_sides()
    {
        var scenario = new CallScenario("MFA on a closed standard input", Base
            + "[profile mfa]\nrole_arn = arn:aws:iam::123456789012:role/mfa\nsource_profile = base\nrole_session_name = mfa\nmfa_serial = arn:aws:iam::123456789012:mfa/user\n",
            "mfa", Sts(), MfaInputClosed: true);
        var botocore = _runner.RunBotocore([scenario], identity: false)[scenario.Name]!;
        var ours = await _runner.RunBotoSharpAsync(scenario, identity: false);
        Assert.Multiple(() =>
        {
            // Python's getpass raises a bare EOFError; BotoSharp types it (DESIGN-NOTES, credentials).
            Assert.That((string?)botocore["error"], Is.EqualTo("EOFError"));
            Assert.That((string?)ours["error"], Is.EqualTo("CredentialRetrievalError"));
            Assert.That((string?)ours["message"], Is.EqualTo("Error when retrieving credentials from assume-role: No MFA code was entered: standard input is closed"));
            Assert.That(botocore["requests"]!.AsArray(), Is.Empty);
            Assert.That(ours["requests"]!.AsArray(), Is.Empty);
        });
    }

    [TestCase("botocore", "botosharp")]
    [TestCase("botosharp", "botocore")]
    public async Task A_role_cached_by_one_sdk_is_reused_by_the_other_without_a_call(string writer, string reader)
    {
        // botocore's JSONFileCache over ~/.aws/cli/cache is the AWS CLI's own cache: same keys, same file format.
        var scenario = new CallScenario($"Cache written by {writer}", Base + Role1, "r1", Sts());
        var first = writer == "botocore" ? _runner.RunBotocore([scenario], identity: false)[scenario.Name]! : await _runner.RunBotoSharpAsync(scenario, identity: false);
        var source = Path.Combine(_runner.Folder(scenario, writer), "cache");
        var target = Path.Combine(_runner.Folder(scenario, reader), "cache");
        Directory.CreateDirectory(target);
        var files = Directory.GetFiles(source, "*.json");
        foreach (var file in files)
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
        var second = reader == "botocore" ? _runner.RunBotocore([scenario], identity: false)[scenario.Name]! : await _runner.RunBotoSharpAsync(scenario, identity: false);
        Assert.Multiple(() =>
        {
            Assert.That(files, Has.Length.EqualTo(1), "the writer caches the assumed role in one file");
            Assert.That(first["requests"]!.AsArray(), Has.Count.EqualTo(1), "the writer calls AssumeRole");
            Assert.That(second["requests"]!.AsArray(), Is.Empty, "the reader takes the role from the other SDK's cache file");
            Assert.That((string?)second["method"], Is.EqualTo("assume-role"));
            Assert.That(CredentialCallRunner.Normalize(second["cache"]), Is.EqualTo(CredentialCallRunner.Normalize(first["cache"])));
        });
    }
}
