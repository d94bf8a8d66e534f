using BotoSharp.Configuration;
using BotoSharp.Loading;

namespace BotoSharp.Samples;

/// <summary>
/// A tour of a BotoSharp session for a newcomer (<c>--tour</c>). It reads your real environment and ~/.aws files but
/// never prints a secret, and it runs fine on a machine with no AWS configuration at all.
/// </summary>
internal static class SessionTour
{
    /// <summary>Prints where each setting comes from, the services found and the user agent.</summary>
    public static void Run()
    {
        var session = new Session();
        Tour.Heading("Config files");
        foreach (var (variable, path) in new[] { ("config_file", session.ConfigFilePath), ("credentials_file", session.CredentialsFilePath) })
        {
            Console.WriteLine($"  {variable,-17} {path} ({(File.Exists(path) ? "found" : "not found")})");
        }

        Tour.Heading("Profiles");
        var profiles = Tour.Try(() => session.AvailableProfiles, Array.Empty<string>());
        Console.WriteLine(profiles.Count == 0 ? "  (no profiles: every value below comes from the environment or defaults)" : "  " + string.Join(", ", profiles));
        Console.WriteLine($"  current profile: {session.Profile ?? "(none: the [default] profile is used when present)"}");

        Tour.Heading("Where each value comes from (instance → environment → config file → default)");
        session.SetConfigVariable("user_agent_appid", "botosharp-tour");
        foreach (string name in new[] { "region", "profile", "retry_mode", "max_attempts", "defaults_mode", "user_agent_appid", "sts_regional_endpoints", "use_fips_endpoint", "s3" })
        {
            // Session.GetConfigValueOrigin: instance variable, which environment variable, file:line + profile, or default.
            var origin = Tour.Try(() => session.GetConfigValueOrigin(name), null);
            Console.WriteLine($"  {name,-24} {Tour.Show(origin?.Value),-22} from {origin?.ToString() ?? "(unreadable)"}");
        }

        Tour.Heading("Asking only some sources");
        foreach (var methods in new[] { new[] { "env" }, new[] { "config" }, new[] { "instance" } })
        {
            object? value = Tour.Try(() => session.GetConfigVariable("user_agent_appid", methods), null);
            Console.WriteLine($"  user_agent_appid from {string.Join("+", methods),-8} {Tour.Show(value)}");
        }

        Tour.Heading("Per-client settings");
        var clientStore = Tour.Try(() => session.CreateClientConfigStore("s3", new ClientConfig { DefaultsMode = "standard" }, "us-east-1"), null);
        if (clientStore is not null)
        {
            Console.WriteLine($"  s3 with defaults_mode=standard: retry_mode={Tour.Show(clientStore.GetConfigVariable("retry_mode"))}, connect_timeout={Tour.Show(clientStore.GetConfigVariable("connect_timeout"))}s");
            Console.WriteLine($"  configured endpoint URL for s3: {Tour.Show(ConfiguredEndpointUrls.Compute(clientStore, null, null))} (AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, [services] or endpoint_url)");
        }
        var merged = new ClientConfig { RegionName = "us-east-1", ConnectTimeout = 5 }.Merge(new ClientConfig { RegionName = "eu-west-1" });
        Console.WriteLine($"  ClientConfig merge keeps user values only: region={merged.RegionName}, connect_timeout={merged.ConnectTimeout}, read_timeout={merged.ReadTimeout} (default)");

        Tour.Heading("Services and operations");
        var loader = Loader.Create(Tour.DataPath(session), session.EnvironmentVariables);
        var services = loader.ListAvailableServices("service-2");
        Console.WriteLine($"  {services.Count} services found in {string.Join(", ", loader.SearchPaths.DefaultIfEmpty("(compiled models only)"))}");
        foreach (string service in services.Take(5))
        {
            var model = new BotoSharp.Models.ServiceModel(loader.LoadServiceModel(service, "service-2"), service);
            Console.WriteLine($"  {service,-16} {model.ResolvedProtocol,-10} {model.OperationNames.Count,4} operations, e.g. {string.Join(", ", model.OperationNames.Take(3))}");
        }

        Tour.Heading("User agent");
        Console.WriteLine("  " + session.UserAgent);
        Console.WriteLine("  wire header: " + session.GetComponent<BotoSharp.UserAgents.UserAgentString>("user_agent_creator")
            .SetSessionConfig(session.UserAgentName, session.UserAgentVersion, session.UserAgentExtra)
            .WithClientConfig(new ClientConfig { UserAgentAppId = "botosharp-tour", Retries = new Dictionary<string, object?> { ["mode"] = "standard" } }));
    }
}
