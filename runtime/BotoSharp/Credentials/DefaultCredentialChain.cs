namespace BotoSharp.Auth;

/// <summary>
/// Builds botocore's default credential chain (<c>create_credential_resolver</c>): env, assume-role, the profile
/// providers, ec2-credentials-file, boto-config, container-role, iam-role. An explicitly chosen profile removes
/// the env provider so the profile is honoured; <c>AWS_PROFILE</c> does not count as explicit.
/// </summary>
public static class DefaultCredentialChain
{
    /// <summary>Creates the default resolver.</summary>
    public static CredentialResolver Create(CredentialChainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var profileName = options.EffectiveProfileName;
        // The IMDS chain uses the advisory window for static stability, not the fetcher's own default.
        var imds = options.Imds with { CredentialRefreshWindow = TimeSpan.FromSeconds(RefreshableCredentials.DefaultAdvisoryRefreshSeconds) };

        var env = new EnvProvider(options.Environment, options.TimeProvider);
        var container = new ContainerProvider(options.Environment, options.ContainerFetcher, options.TimeProvider);
        var instanceMetadata = new InstanceMetadataProvider(
            new InstanceMetadataFetcher(imds, options.Environment, options.TimeProvider), options.TimeProvider);
        var builder = new ProfileProviderBuilder(options);
        var assumeRole = new AssumeRoleProvider(options.LoadFullConfig, profileName,
            new CanonicalNameCredentialSourcer([env, container, instanceMetadata]), builder, options.StsClientCreator, options.Cache,
            options.MfaPrompter, options.TimeProvider);

        var providers = new List<CredentialProvider> { env, assumeRole };
        providers.AddRange(builder.Providers(profileName, options.DisableEnvVars));
        providers.Add(new OriginalEC2Provider(options.Environment));
        providers.Add(new BotoProvider(options.Environment, options.RawParser));
        providers.Add(container);
        providers.Add(instanceMetadata);
        if (options.DisableEnvVars)
        {
            providers.Remove(env);
        }
        return new CredentialResolver(providers);
    }
}
