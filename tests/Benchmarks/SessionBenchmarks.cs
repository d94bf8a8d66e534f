using BenchmarkDotNet.Attributes;
using BotoSharp;
using BotoSharp.Configuration;

namespace Benchmarks;

/// <summary>
/// Session set-up as issue 2 measures it; <see cref="BotocoreTimings"/> times the same three things in botocore with
/// python's <c>timeit</c>, and <c>Program</c> prints both side by side after the run.
/// </summary>
[Config(typeof(BenchConfig))]
public class SessionBenchmarks
{
    private Dictionary<string, string> _env = null!;
    private Dictionary<string, string> _profilesEnv = null!;

    /// <summary>Prepares the environments (credentials and region in env vars; the 500-profile file).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _env = ClientSetup.Environment(("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE"), ("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            ("AWS_DEFAULT_REGION", "us-west-2"));
        _profilesEnv = ClientSetup.Environment(("AWS_CONFIG_FILE", ProfileFile.Path));
    }

    /// <summary><c>Session()</c>, <c>get_config_variable('region')</c>, <c>get_credentials()</c> from the environment.</summary>
    [Benchmark(Description = "Session + region + env credentials"), BenchmarkCategory("Session")]
    public object? SessionRegionCredentials()
    {
        var session = new Session(environment: _env);
        _ = session.GetConfigVariable("region");
        return session.GetCredentials();
    }

    /// <summary><c>configloader.load_config</c> of the 500-profile file.</summary>
    [Benchmark(Description = "load_config 500 profiles"), BenchmarkCategory("Session")]
    public object LoadConfig500Profiles() => ConfigFileParser.LoadConfig(ProfileFile.Path, _profilesEnv);

    /// <summary><c>Session().available_profiles</c> over the 500-profile file.</summary>
    [Benchmark(Description = "Session + available_profiles (500)"), BenchmarkCategory("Session")]
    public object SessionAvailableProfiles() => new Session(environment: _profilesEnv).AvailableProfiles;
}
