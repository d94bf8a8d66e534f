using BotoSharp.Configuration;

namespace BotoSharp.Tests.Sessions;

/// <summary>Session.GetConfigValueOrigin names the source of each value: instance variable, env var, file:line + profile, default.</summary>
public sealed class ConfigValueOriginTests
{
    private string _folder = null!;

    [SetUp]
    public void WriteFiles()
    {
        _folder = Directory.CreateTempSubdirectory("botosharp-origin-").FullName;
        File.WriteAllText(Path.Combine(_folder, "config"),
            "[default]\nregion = us-east-1\n\n[profile dev]\n# a comment\nregion = eu-west-1\nretry_mode=adaptive\ns3 =\n  addressing_style = path\n");
        File.WriteAllText(Path.Combine(_folder, "credentials"), "[dev]\naws_access_key_id = AKID\naws_secret_access_key = secret\nmax_attempts = 7\n");
    }

    [TearDown]
    public void RemoveFiles() => Directory.Delete(_folder, recursive: true);

    private Session NewSession(Dictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_CONFIG_FILE"] = Path.Combine(_folder, "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(_folder, "credentials"),
            ["AWS_PROFILE"] = "dev",
        };
        foreach (var (key, value) in extra ?? new())
        {
            environment[key] = value;
        }
        return new Session(environment: environment);
    }

    [Test]
    public void A_file_value_names_the_file_the_profile_and_the_line()
    {
        var origin = NewSession().GetConfigValueOrigin("region");
        Assert.That(origin, Is.EqualTo(new ConfigValueOrigin(ConfigValueOriginKind.ConfigFile, "eu-west-1", "region", Path.Combine(_folder, "config"), "dev", 6)));
        Assert.That(origin.ToString(), Is.EqualTo($"{Path.Combine(_folder, "config")}:6, profile dev, key region"));
        Assert.That(NewSession().GetConfigValueOrigin("retry_mode").Line, Is.EqualTo(7));
    }

    [Test]
    public void The_credentials_file_is_named_when_it_holds_the_key()
    {
        var origin = NewSession().GetConfigValueOrigin("max_attempts");
        Assert.That((origin.Kind, origin.Value, origin.FilePath, origin.Line), Is.EqualTo((ConfigValueOriginKind.ConfigFile, (object)7L, Path.Combine(_folder, "credentials"), (int?)4)));
    }

    [Test]
    public void An_environment_variable_beats_the_file_and_is_named()
    {
        var origin = NewSession(new() { ["AWS_DEFAULT_REGION"] = "ap-south-1" }).GetConfigValueOrigin("region");
        Assert.That(origin, Is.EqualTo(new ConfigValueOrigin(ConfigValueOriginKind.EnvironmentVariable, "ap-south-1", "AWS_DEFAULT_REGION")));
    }

    [Test]
    public void An_instance_variable_beats_everything()
    {
        var session = NewSession(new() { ["AWS_DEFAULT_REGION"] = "ap-south-1" });
        session.SetConfigVariable("region", "sa-east-1");
        Assert.That(session.GetConfigValueOrigin("region"), Is.EqualTo(new ConfigValueOrigin(ConfigValueOriginKind.InstanceVariable, "sa-east-1", "region")));
    }

    [Test]
    public void Defaults_sections_and_unset_values_say_so()
    {
        var session = NewSession();
        Assert.That(session.GetConfigValueOrigin("defaults_mode"), Is.EqualTo(new ConfigValueOrigin(ConfigValueOriginKind.Default, "legacy")));
        Assert.That(session.GetConfigValueOrigin("s3").Kind, Is.EqualTo(ConfigValueOriginKind.Section));
        var unset = session.GetConfigValueOrigin("ca_bundle");
        Assert.That((unset.Kind, unset.ToString()), Is.EqualTo((ConfigValueOriginKind.Unset, "nowhere (unset)")));
    }

    [Test]
    public void The_file_paths_are_the_expanded_ones_the_session_reads()
    {
        var session = NewSession();
        Assert.That((session.ConfigFilePath, session.CredentialsFilePath), Is.EqualTo((Path.Combine(_folder, "config"), Path.Combine(_folder, "credentials"))));
    }
}
