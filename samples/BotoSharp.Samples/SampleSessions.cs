namespace BotoSharp.Samples;

/// <summary>Builds the sample's session: the user's profile, or fake keys for the local moto_server.</summary>
internal static class SampleSessions
{
    /// <summary>
    /// A session for <paramref name="options"/>. For a local moto_server the keys are moto's fake ones (the server
    /// accepts any); otherwise credentials and region come from the profile and environment as usual.
    /// </summary>
    public static Session Create(SampleOptions options, bool localServer)
    {
        var session = new Session(profile: options.Profile);
        if (localServer)
        {
            var environment = new Dictionary<string, string>(session.EnvironmentVariables)
            {
                ["AWS_ACCESS_KEY_ID"] = "testing",
                ["AWS_SECRET_ACCESS_KEY"] = "testing",
                ["AWS_EC2_METADATA_DISABLED"] = "true",
            };
            environment.Remove("AWS_SESSION_TOKEN");
            environment.Remove("AWS_PROFILE");
            session = new Session(environment: environment);
        }
        return session;
    }
}
