namespace BotoSharp.Tests.Support;

/// <summary>
/// A session that reads nothing from the machine: static stub keys, us-east-1, no config or credentials files, no
/// instance metadata. For tests that answer the client's requests themselves (a stub handler or the Stubber).
/// </summary>
internal static class OfflineSession
{
    /// <summary>The environment of such a session; <paramref name="extra"/> adds or overrides variables.</summary>
    public static Dictionary<string, string> Environment(params (string Name, string Value)[] extra)
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIDSTUB",
            ["AWS_SECRET_ACCESS_KEY"] = "stub-secret",
            ["AWS_DEFAULT_REGION"] = "us-east-1",
            ["AWS_CONFIG_FILE"] = "/nonexistent/config",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials",
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };
        foreach (var (name, value) in extra)
        {
            environment[name] = value;
        }
        return environment;
    }

    /// <summary>A new session over <see cref="Environment"/>.</summary>
    public static Session Create(params (string Name, string Value)[] extra) => new(environment: Environment(extra));
}
