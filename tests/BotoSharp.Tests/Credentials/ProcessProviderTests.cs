using BotoSharp.Auth;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Credentials;

[NonParallelizable]
public class ProcessProviderTests
{
    private CredentialTestFiles _files = null!;

    [SetUp]
    public void SetUp() => _files = new CredentialTestFiles();

    [TearDown]
    public void TearDown() => _files.Dispose();

    [Test]
    public void Version_1_output_gives_static_credentials_with_token_and_account()
    {
        var credentials = Load(Script("""{"Version": 1, "AccessKeyId": "AK", "SecretAccessKey": "SK", "SessionToken": "T", "AccountId": "12"}"""))!;
        Assert.That(credentials.GetFrozenCredentials(), Is.EqualTo(new ReadOnlyCredentials("AK", "SK", "T", "12")));
        Assert.That(credentials.Method, Is.EqualTo("custom-process"));
        Assert.That(credentials, Is.Not.InstanceOf<RefreshableCredentials>());
    }

    [Test]
    public void The_account_id_falls_back_to_the_profile()
    {
        var credentials = Load(Script("""{"Version": 1, "AccessKeyId": "AK", "SecretAccessKey": "SK"}"""), "aws_account_id = 777\n")!;
        Assert.That(credentials.AccountId, Is.EqualTo("777"));
    }

    [Test]
    public void An_expiration_makes_credentials_that_refresh_by_running_the_command_again()
    {
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        var counter = Path.Combine(_files.Home, "count");
        var script = _files.Write("refresh.sh",
            $"echo x >> '{counter}'\nprintf '{{\"Version\": 1, \"AccessKeyId\": \"AK%s\", \"SecretAccessKey\": \"SK\", \"Expiration\": \"{clock.Iso(TimeSpan.FromHours(1))}\"}}' $(wc -l < '{counter}' | tr -d ' ')\n");
        var credentials = (RefreshableCredentials)Load("/bin/sh " + script, clock: clock)!;
        Assert.That(credentials.AccessKey, Is.EqualTo("AK1"));
        clock.Advance(TimeSpan.FromMinutes(50));
        Assert.That(credentials.AccessKey, Is.EqualTo("AK2"));
    }

    [Test]
    public void A_non_zero_exit_raises_with_the_standard_error_text()
    {
        var script = _files.Write("fail.sh", "echo 'no creds for you' >&2\nexit 3\n");
        Assert.That(() => Load("/bin/sh " + script), Throws.TypeOf<CredentialRetrievalError>()
            .With.Message.EqualTo("Error when retrieving credentials from custom-process: no creds for you\n"));
    }

    [TestCase("""{"Version": 2, "AccessKeyId": "AK", "SecretAccessKey": "SK"}""", "Unsupported version '2' for credential process provider, supported versions: 1", TestName = "Version 2 is unsupported")]
    [TestCase("""{"AccessKeyId": "AK", "SecretAccessKey": "SK"}""", "Unsupported version '<Version key not provided>' for credential process provider, supported versions: 1", TestName = "A missing Version is unsupported")]
    [TestCase("""{"Version": "1", "AccessKeyId": "AK", "SecretAccessKey": "SK"}""", "Unsupported version '1' for credential process provider, supported versions: 1", TestName = "A string Version is unsupported")]
    [TestCase("""{"Version": 1, "AccessKeyId": "AK"}""", "Missing required key in response: 'SecretAccessKey'", TestName = "A missing secret key is named")]
    [TestCase("""{"Version": 1, "SecretAccessKey": "SK"}""", "Missing required key in response: 'AccessKeyId'", TestName = "A missing access key is named")]
    public void Invalid_output_is_a_credential_retrieval_error(string output, string message)
    {
        Assert.That(() => Load(Script(output)), Throws.TypeOf<CredentialRetrievalError>().With.Property("ErrorMsg").EqualTo(message));
    }

    [Test]
    public void Version_1_point_0_is_accepted_as_python_compares_it_equal_to_1()
    {
        Assert.That(Load(Script("""{"Version": 1.0, "AccessKeyId": "AK", "SecretAccessKey": "SK"}"""))!.AccessKey, Is.EqualTo("AK"));
    }

    [Test]
    public void Output_that_is_not_json_is_a_credential_retrieval_error()
    {
        Assert.That(() => Load(Script("not json")), Throws.TypeOf<CredentialRetrievalError>());
    }

    [Test]
    public void The_command_line_is_split_shell_style_without_a_shell()
    {
        var script = _files.Write("args.sh", "printf '{\"Version\": 1, \"AccessKeyId\": \"%s\", \"SecretAccessKey\": \"%s\"}' \"$1\" \"$2\"\n");
        var credentials = Load($"/bin/sh {script} 'a b' \"c'd\"")!;
        Assert.That(credentials.AccessKey, Is.EqualTo("a b"));
        Assert.That(credentials.SecretKey, Is.EqualTo("c'd"));
    }

    [Test]
    public void An_unbalanced_quote_or_missing_program_is_a_credential_retrieval_error()
    {
        Assert.That(() => Load("/bin/sh 'unterminated"), Throws.TypeOf<CredentialRetrievalError>());
        Assert.That(() => Load("/nonexistent/credential-helper"), Throws.TypeOf<CredentialRetrievalError>());
    }

    [Test]
    public void A_profile_without_credential_process_finds_nothing()
    {
        Assert.That(new ProcessProvider("default", () => CredentialConfigView.Empty).Load(), Is.Null);
    }

    private string Script(string output) => "/bin/sh " + _files.Write($"p{Guid.NewGuid():N}.sh", $"cat <<'JSON'\n{output}\nJSON\n");

    private BotoSharp.Auth.Credentials? Load(string command, string extra = "", TimeProvider? clock = null)
    {
        File.WriteAllText(_files.ConfigFile, $"[default]\ncredential_process = {command}\n{extra}");
        return new ProcessProvider("default", _files.FullConfig, clock).Load();
    }
}
