namespace BotoSharp;

/// <summary>The session's legacy user agent (botocore's <c>Session.user_agent()</c>).</summary>
public partial class Session
{
    /// <summary>The agent name, <c>Botocore</c> as in botocore (read at every client creation).</summary>
    public string UserAgentName { get; set; } = "Botocore";

    /// <summary>The agent version, botocore's version by default.</summary>
    public string UserAgentVersion { get; set; } = BotocoreVersion;

    /// <summary>Text appended to the user agent; empty by default.</summary>
    public string UserAgentExtra { get; set; } = string.Empty;

    /// <summary>
    /// <c>&lt;name&gt;/&lt;version&gt; dotnet/&lt;runtime&gt; &lt;OS&gt;/&lt;release&gt;</c>, then
    /// <c>exec-env/&lt;AWS_EXECUTION_ENV&gt;</c> when that variable is set and the extra text when not empty. botocore
    /// writes <c>Python/&lt;version&gt;</c> where BotoSharp writes its runtime.
    /// </summary>
    public string UserAgent
    {
        get
        {
            string agent = $"{UserAgentName}/{UserAgentVersion} dotnet/{System.Environment.Version} {UserAgents.PlatformFacts.System}/{UserAgents.PlatformFacts.Release}";
            if (EnvironmentVariables.TryGetValue("AWS_EXECUTION_ENV", out var executionEnv))
            {
                agent += " exec-env/" + executionEnv;
            }
            if (!string.IsNullOrEmpty(UserAgentExtra))
            {
                agent += " " + UserAgentExtra;
            }
            return agent;
        }
    }
}
