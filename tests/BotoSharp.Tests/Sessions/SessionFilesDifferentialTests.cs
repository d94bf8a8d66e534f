using BotoSharp.Errors;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Sessions;

/// <summary>
/// <c>AvailableProfiles</c>, <c>FullConfig</c> and <c>GetScopedConfig()</c> equal botocore's for config and
/// credentials files that overlap, disagree or break.
/// </summary>
public class SessionFilesDifferentialTests
{
    private const string Script =
        "import botocore.session\n" +
        "s = botocore.session.Session(profile=INPUT)\n" +
        "def attempt(f):\n" +
        "    try: return f()\n" +
        "    except Exception as e: return {'error': type(e).__name__}\n" +
        "emit([attempt(lambda: s.available_profiles), attempt(lambda: s.full_config), attempt(s.get_scoped_config)])\n";

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("no files at all", null, null, null);
        yield return Case("credentials only", null, "[default]\naws_access_key_id = a\n[profile odd]\nx = 1\n[dev]\nx = 2\n", "dev");
        yield return Case("credentials keys overwrite config keys of the same profile",
            "[default]\nregion = us-west-2\naws_access_key_id = from-config\n[profile dev]\nregion = eu\n",
            "[default]\naws_access_key_id = from-credentials\n[extra]\nregion = x\n", null);
        yield return Case("profile default declared after default wins wholesale",
            "[default]\nregion = a\n[profile default]\noutput = json\n", null, "default");
        yield return Case("services and sso-session sections with other sections",
            "[default]\nservices = s\n[services s]\ns3 =\n  endpoint_url = http://x\n[sso-session one]\nsso_region = r\n[plugins]\ncli = x\n", null, null);
        yield return Case("explicit profile found only in the credentials file", "[default]\nregion = r\n", "[only-creds]\nregion = c\n", "only-creds");
        yield return Case("explicit missing profile", "[default]\nregion = r\n", null, "missing");
        yield return Case("malformed credentials file", "[default]\nregion = r\n", "key-before-section = 1\n", null);
        yield return Case("malformed config file", "[default]\nregion = r\n[default]\nregion = again\n", null, null);
        yield return Case("DEFAULT section inherited in both files", "[DEFAULT]\noutput = text\n[default]\nregion = r\n", "[DEFAULT]\nshared = 1\n[dev]\nx = y\n", "dev");
    }

    private static TestCaseData Case(string name, string? config, string? credentials, string? profile) =>
        new TestCaseData(config, credentials, profile).SetName("Profiles and files match botocore: " + name);

    [TestCaseSource(nameof(Cases))]
    public void MatchesBotocore(string? config, string? credentials, string? profile)
    {
        var env = new SessionScenario { Config = config, Credentials = credentials }.Materialize();
        var session = new Session(profile: profile, environment: env);
        var ours = Botocore.ToJson(new List<object?>
        {
            Attempt(() => session.AvailableProfiles),
            Attempt(() => session.FullConfig),
            Attempt(() => session.GetScopedConfig()),
        });
        Assert.That(ours, Is.EqualTo(Botocore.Normalize(Botocore.Run(Script, profile, env))));
    }

    private static object? Attempt(Func<object?> lookup)
    {
        try
        {
            return lookup();
        }
        catch (BotoCoreError error)
        {
            return new Dictionary<string, object?> { ["error"] = error.GetType().Name };
        }
    }
}
