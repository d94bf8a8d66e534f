using System.Text;
using System.Text.Json.Nodes;

namespace BotoSharp.Tests.Differential.Sessions;

/// <summary>
/// One generated session set-up: the two file texts (null = the file does not exist), the environment, an explicit
/// profile, instance variables and the regions/services to ask about. Both BotoSharp and botocore read the same
/// files from the same folder, so a disagreement can only come from the readers.
/// </summary>
public sealed class RandomSessionScenario
{
    /// <summary>The scenario's number within its run (with the seed, enough to regenerate it).</summary>
    public required int Index { get; init; }

    /// <summary>The config file text, or null when the file is missing.</summary>
    public string? Config { get; init; }

    /// <summary>The credentials file text, or null when the file is missing.</summary>
    public string? Credentials { get; init; }

    /// <summary>
    /// How the environment names the two files: 0 absolute paths, 1 <c>~/…</c>, 2 <c>$HOME/…</c> and
    /// <c>${HOME}/…</c>, 3 not at all (botocore's defaults <c>~/.aws/config</c> and <c>~/.aws/credentials</c>).
    /// </summary>
    public int PathStyle { get; init; }

    /// <summary>A boto2 config file (~/.boto) text, or null when missing.</summary>
    public string? BotoConfig { get; init; }

    /// <summary>An AWS_CREDENTIAL_FILE (key=value) text, or null when that variable is not set.</summary>
    public string? Ec2CredentialFile { get; init; }

    /// <summary>Environment variables besides the fixed ones <see cref="Materialize"/> adds.</summary>
    public Dictionary<string, string> Environment { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The constructor's profile, or null.</summary>
    public string? Profile { get; init; }

    /// <summary>Instance variables set with SetConfigVariable, in order (value: string, long, bool or null).</summary>
    public List<KeyValuePair<string, object?>> Instance { get; init; } = [];

    /// <summary>Regions passed to GetPartitionForRegion.</summary>
    public List<string> Regions { get; init; } = [];

    /// <summary>Services whose operation names are compared (empty: the loader is not asked at all).</summary>
    public List<string> Services { get; init; } = [];

    /// <summary>The full environment both sides see, set after <see cref="Materialize"/>.</summary>
    public Dictionary<string, string> FullEnvironment { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Writes the files into <paramref name="folder"/> (which is also HOME) and builds <see cref="FullEnvironment"/>:
    /// IMDS off, HOME and both file paths pointing into the folder, and AWS_DATA_PATH when services are asked.
    /// </summary>
    public void Materialize(string folder, string botocoreDataPath)
    {
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(Path.Combine(folder, ".aws"));
        string configPath = Path.Combine(folder, ".aws", "config");
        string credentialsPath = Path.Combine(folder, ".aws", "credentials");
        var env = new Dictionary<string, string>(Environment, StringComparer.Ordinal)
        {
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["HOME"] = folder,
        };
        switch (PathStyle)
        {
            case 0:
                env["AWS_CONFIG_FILE"] = configPath;
                env["AWS_SHARED_CREDENTIALS_FILE"] = credentialsPath;
                break;
            case 1:
                env["AWS_CONFIG_FILE"] = "~/.aws/config";
                env["AWS_SHARED_CREDENTIALS_FILE"] = "~/.aws/credentials";
                break;
            case 2:
                env["AWS_CONFIG_FILE"] = "$HOME/.aws/config";
                env["AWS_SHARED_CREDENTIALS_FILE"] = "${HOME}/.aws/credentials";
                break;
        }
        if (Services.Count > 0)
        {
            env["AWS_DATA_PATH"] = botocoreDataPath;
        }
        if (Config is not null)
        {
            File.WriteAllText(configPath, Config, new UTF8Encoding(false));
        }
        if (Credentials is not null)
        {
            File.WriteAllText(credentialsPath, Credentials, new UTF8Encoding(false));
        }
        if (BotoConfig is not null)
        {
            File.WriteAllText(Path.Combine(folder, ".boto"), BotoConfig, new UTF8Encoding(false));
        }
        if (Ec2CredentialFile is not null)
        {
            env["AWS_CREDENTIAL_FILE"] = Path.Combine(folder, "ec2-credentials");
            File.WriteAllText(env["AWS_CREDENTIAL_FILE"], Ec2CredentialFile, new UTF8Encoding(false));
        }
        FullEnvironment = env;
    }

    /// <summary>The scenario as the oracle script reads it.</summary>
    public JsonObject ToOracleInput()
    {
        var env = new JsonObject();
        foreach (var (key, value) in FullEnvironment)
        {
            env[key] = value;
        }
        return new JsonObject
        {
            ["env"] = env,
            ["profile"] = Profile,
            ["instance"] = new JsonArray(Instance.Select(p => (JsonNode)new JsonArray(p.Key, PythonValues.ToNode(p.Value))).ToArray()),
            ["regions"] = new JsonArray(Regions.Select(r => (JsonNode?)r).ToArray()),
            ["services"] = new JsonArray(Services.Select(s => (JsonNode?)s).ToArray()),
        };
    }

    /// <summary>Everything needed to reproduce the scenario by hand: files, environment, profile, instance variables.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine($"--- scenario #{Index}");
        text.AppendLine($"profile (constructor): {Show(Profile)}; file paths style {PathStyle}");
        text.AppendLine("environment: " + string.Join(" ", FullEnvironment.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Show(p.Value)}")));
        text.AppendLine("instance variables: " + string.Join(", ", Instance.Select(p => $"{p.Key}={PythonValues.ToNode(p.Value)?.ToJsonString() ?? "None"}")));
        text.AppendLine("regions: " + string.Join(", ", Regions.Select(Show)) + "; services: " + string.Join(", ", Services));
        text.AppendLine(Config is null ? "config file: (missing)" : "config file:\n" + Config + "<<<EOF");
        text.AppendLine(Credentials is null ? "credentials file: (missing)" : "credentials file:\n" + Credentials + "<<<EOF");
        if (BotoConfig is not null)
        {
            text.AppendLine("~/.boto:\n" + BotoConfig + "<<<EOF");
        }
        if (Ec2CredentialFile is not null)
        {
            text.AppendLine("AWS_CREDENTIAL_FILE:\n" + Ec2CredentialFile + "<<<EOF");
        }
        return text.ToString();
    }

    private static string Show(string? value) => value is null ? "None" : JsonValue.Create(value).ToJsonString();
}
