using BotoSharp.Auth;
using BotoSharp.Configuration;

namespace BotoSharp.Tests.Credentials;

/// <summary>
/// A temporary home with <c>.aws/config</c> and <c>.aws/credentials</c>, and chain options wired to the real
/// <see cref="ConfigFileParser"/>, so provider tests read files exactly as a session would.
/// </summary>
internal sealed class CredentialTestFiles : IDisposable
{
    public CredentialTestFiles(string? config = null, string? credentials = null)
    {
        Home = Path.Combine(Path.GetTempPath(), "botosharp-creds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Home, ".aws"));
        ConfigFile = Path.Combine(Home, ".aws", "config");
        CredentialsFile = Path.Combine(Home, ".aws", "credentials");
        if (config is not null)
        {
            File.WriteAllText(ConfigFile, config);
        }
        if (credentials is not null)
        {
            File.WriteAllText(CredentialsFile, credentials);
        }
    }

    public string Home { get; }

    public string ConfigFile { get; }

    public string CredentialsFile { get; }

    /// <summary>Writes another file under the temporary home and returns its path.</summary>
    public string Write(string relativePath, string contents)
    {
        var path = Path.Combine(Home, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, contents);
        return path;
    }

    /// <summary>botocore's full_config: the config file's profiles with credentials-file sections merged in.</summary>
    public CredentialConfigView FullConfig()
    {
        Dictionary<string, object?> full;
        try
        {
            full = ConfigFileParser.LoadConfig(ConfigFile);
        }
        catch (BotoSharp.Errors.ConfigNotFound)
        {
            full = new Dictionary<string, object?> { ["profiles"] = new Dictionary<string, object?>() };
        }
        var profiles = (Dictionary<string, object?>)full["profiles"]!;
        Dictionary<string, object?> credentials;
        try
        {
            credentials = ConfigFileParser.RawConfigParse(CredentialsFile);
        }
        catch (BotoSharp.Errors.ConfigNotFound)
        {
            credentials = new Dictionary<string, object?>();
        }
        foreach (var (name, section) in credentials)
        {
            var merged = profiles.TryGetValue(name, out var existing) && existing is Dictionary<string, object?> e
                ? new Dictionary<string, object?>(e) : new Dictionary<string, object?>();
            foreach (var (k, v) in (Dictionary<string, object?>)section!)
            {
                merged[k] = v;
            }
            profiles[name] = merged;
        }
        return new CredentialConfigView(full);
    }

    /// <summary>Chain options over these files and the given environment (IMDS disabled unless the map says otherwise).</summary>
    public CredentialChainOptions Options(Dictionary<string, string>? environment = null, string? profile = null,
        bool explicitProfile = false, TimeProvider? clock = null)
    {
        var env = new Dictionary<string, string>(environment ?? new Dictionary<string, string>()) { ["HOME"] = Home };
        env.TryAdd("AWS_EC2_METADATA_DISABLED", "true");
        return new CredentialChainOptions
        {
            Environment = env,
            ProfileName = profile,
            DisableEnvVars = explicitProfile,
            LoadFullConfig = FullConfig,
            CredentialsFile = CredentialsFile,
            ConfigFile = ConfigFile,
            RawParser = path => ConfigFileParser.RawConfigParse(path, environment: env),
            ConfigLoader = path => ConfigFileParser.LoadConfig(path, env),
            TimeProvider = clock ?? TimeProvider.System,
            ContainerFetcher = new ContainerMetadataFetcher((_, _) => Task.CompletedTask),
        };
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
