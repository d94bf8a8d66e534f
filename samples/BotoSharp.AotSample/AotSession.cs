namespace BotoSharp.AotSample;

/// <summary>The session the sample uses against a local server: moto's fake keys, no profile, no instance metadata.</summary>
internal static class AotSession
{
    /// <summary>A session over the process environment with the user's own credentials and profile replaced.</summary>
    public static Session ForLocalServer()
    {
        var environment = new Dictionary<string, string>(new Session().EnvironmentVariables)
        {
            ["AWS_ACCESS_KEY_ID"] = "testing",
            ["AWS_SECRET_ACCESS_KEY"] = "testing",
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };
        environment.Remove("AWS_SESSION_TOKEN");
        environment.Remove("AWS_PROFILE");
        return new Session(environment: environment);
    }
}
