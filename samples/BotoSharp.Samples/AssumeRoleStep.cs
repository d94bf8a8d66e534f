using BotoSharp.Services.STS;

namespace BotoSharp.Samples;

/// <summary>
/// Role credentials as most teams configure them: a temporary config file with a profile that names a
/// <c>role_arn</c> and a <c>source_profile</c> holding keys. The session assumes the role through STS on first use
/// and the call is signed with the role's credentials, so GetCallerIdentity reports the assumed role.
/// </summary>
internal static class AssumeRoleStep
{
    /// <summary>Runs the step against <paramref name="endpointUrl"/> (the local moto_server).</summary>
    public static async Task RunAsync(string endpointUrl, string region)
    {
        var folder = Directory.CreateTempSubdirectory("botosharp-sample-");
        try
        {
            var config = Path.Combine(folder.FullName, "config");
            await File.WriteAllTextAsync(config, $"""
                [profile source]
                aws_access_key_id = testing
                aws_secret_access_key = testing

                [profile deploy]
                role_arn = arn:aws:iam::123456789012:role/deployer
                source_profile = source
                role_session_name = botosharp-sample
                region = {region}
                """);
            var environment = new Dictionary<string, string>
            {
                ["AWS_CONFIG_FILE"] = config,
                ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(folder.FullName, "credentials"),
                ["AWS_ENDPOINT_URL_STS"] = endpointUrl,
                ["AWS_EC2_METADATA_DISABLED"] = "true",
            };
            var session = new Session(profile: "deploy", environment: environment);
            var credentials = await session.GetCredentialsAsync();
            var sts = session.CreateClient<STSClient>();
            var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
            Console.WriteLine($"Assume role: profile 'deploy' ({credentials!.Method}) is {identity.Arn}");
            if (identity.Arn?.Contains(":assumed-role/deployer/botosharp-sample", StringComparison.Ordinal) != true)
            {
                throw new InvalidOperationException($"Expected the assumed role deployer, got {identity.Arn}");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
