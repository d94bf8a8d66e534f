using System.Text;
using BotoSharp.Configuration;
using BotoSharp.Errors;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Sessions;

/// <summary>
/// One session set-up (environment, config and credentials file text, explicit profile, instance variables,
/// methods filter) run through BotoSharp and through botocore, giving every variable's value as comparable JSON.
/// </summary>
public sealed class SessionScenario
{
    private const string Script =
        "import botocore.session\n" +
        "s = botocore.session.Session(profile=INPUT['profile'])\n" +
        "for k, v in INPUT['instance'].items(): s.set_config_variable(k, v)\n" +
        "names = sorted(list(s.session_var_map) + ['s3', 'proxies_config'])\n" +
        "out = []\n" +
        "for n in names:\n" +
        "    try: out.append([n, s.get_config_variable(n, INPUT['methods'])])\n" +
        "    except Exception as e: out.append([n, {'error': type(e).__name__}])\n" +
        "emit(out)\n";

    public string? Config { get; init; }

    public string? Credentials { get; init; }

    public Dictionary<string, string> Environment { get; init; } = new();

    public string? Profile { get; init; }

    public Dictionary<string, object?> Instance { get; init; } = new();

    public string[]? Methods { get; init; }

    /// <summary>The scenario's environment with the two files written to a fresh temporary folder.</summary>
    public Dictionary<string, string> Materialize()
    {
        string dir = Path.Combine(Path.GetTempPath(), "botosharp-session-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var env = new Dictionary<string, string>(Environment)
        {
            ["AWS_CONFIG_FILE"] = Path.Combine(dir, "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(dir, "credentials"),
            ["HOME"] = dir,
        };
        if (Config is not null)
        {
            File.WriteAllText(env["AWS_CONFIG_FILE"], Config, new UTF8Encoding(false));
        }
        if (Credentials is not null)
        {
            File.WriteAllText(env["AWS_SHARED_CREDENTIALS_FILE"], Credentials, new UTF8Encoding(false));
        }
        return env;
    }

    public (string Ours, string Botocore) Compare()
    {
        var env = Materialize();
        var theirs = Botocore.Normalize(Botocore.Run(Script, new Dictionary<string, object?>
        {
            ["profile"] = Profile,
            ["instance"] = Instance,
            ["methods"] = Methods,
        }, env));
        return (Ours(env), theirs);
    }

    private string Ours(Dictionary<string, string> env)
    {
        var session = new Session(profile: Profile, environment: env);
        foreach (var (key, value) in Instance)
        {
            session.SetConfigVariable(key, value);
        }
        var names = session.SessionVarMap.Keys.Concat(new[] { "s3", "proxies_config" }).OrderBy(n => n, StringComparer.Ordinal);
        var rows = new List<object?>();
        foreach (string name in names)
        {
            object? value;
            try
            {
                value = session.GetConfigVariable(name, Methods);
            }
            catch (BotoCoreError error)
            {
                // botocore raises ValueError for a failed int(), which BotoSharp reports as InvalidConfigError.
                value = new Dictionary<string, object?> { ["error"] = error is InvalidConfigError ? "ValueError" : error.GetType().Name };
            }
            rows.Add(new List<object?> { name, value });
        }
        return Botocore.ToJson(rows);
    }
}
