using BotoSharp.Clients;
using BotoSharp.Configuration;
using BotoSharp.Errors;
using BotoSharp.Loading;

namespace BotoSharp;

/// <summary>Client creation, botocore's <c>Session.create_client</c> (§1.3 of the reference).</summary>
public partial class Session
{
    /// <summary>
    /// Creates a client for <paramref name="serviceName"/>: the compiled typed client when the generator registered one
    /// (cast it, or use <see cref="CreateClient{TClient}"/>), else a <see cref="DynamicClient"/> over the model the
    /// loader finds at run time. Arguments follow botocore's precedence exactly.
    /// </summary>
    /// <param name="serviceName">The service name, e.g. <c>s3</c>.</param>
    /// <param name="regionName">The region; else <c>config.RegionName</c>, else the <c>region</c> config variable.</param>
    /// <param name="apiVersion">The API version; else the profile's <c>api_versions</c> section, else the newest.</param>
    /// <param name="useSsl">False to talk plain HTTP where the endpoint allows it.</param>
    /// <param name="verify"><c>false</c> to skip TLS verification, a CA bundle path, or null for the <c>ca_bundle</c> variable.</param>
    /// <param name="endpointUrl">An explicit endpoint URL; beats every configured one.</param>
    /// <param name="awsAccessKeyId">An explicit access key (needs the secret too).</param>
    /// <param name="awsSecretAccessKey">An explicit secret key (needs the access key too).</param>
    /// <param name="awsSessionToken">An explicit session token (used only with explicit keys).</param>
    /// <param name="config">Options merged over the session's default client config.</param>
    /// <param name="awsAccountId">An explicit account id (used only with explicit keys).</param>
    /// <exception cref="PartialCredentialsError">Only one of the access key and secret key was given.</exception>
    /// <exception cref="InvalidRegionError">The region is not a valid host label.</exception>
    /// <exception cref="NoRegionError">The service is regional and no region was found.</exception>
    /// <exception cref="UnknownServiceError">No model for the service.</exception>
    public BaseClient CreateClient(string serviceName, string? regionName = null, string? apiVersion = null, bool useSsl = true, object? verify = null,
        string? endpointUrl = null, string? awsAccessKeyId = null, string? awsSecretAccessKey = null, string? awsSessionToken = null,
        ClientConfig? config = null, string? awsAccountId = null) =>
        CreateClient(serviceName, regionName, apiVersion, useSsl, verify, endpointUrl, awsAccessKeyId, awsSecretAccessKey, awsSessionToken,
            config, awsAccountId, typedClient: null);

    // typedClient: the compiled client type CreateClient<TClient> asks for, which no choose-service-name handler can change.
    private BaseClient CreateClient(string serviceName, string? regionName, string? apiVersion, bool useSsl, object? verify,
        string? endpointUrl, string? awsAccessKeyId, string? awsSecretAccessKey, string? awsSessionToken,
        ClientConfig? config, string? awsAccountId, Type? typedClient)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceName);
        var merged = MergeClientConfig(config);
        string? region;
        // The profile is resolved once per window; credential providers (a caller's code) run outside both.
        using (OpenScopedConfigWindow())
        {
            region = regionName ?? merged?.RegionName ?? GetConfigVariable("region") as string;
            if (region is not null && !RegionNames.IsValid(region))
            {
                throw new InvalidRegionError(region);
            }
            _lastClientRegionUsed = region;
            verify ??= GetConfigVariable("ca_bundle");
            apiVersion ??= GetScopedConfig().TryGetValue("api_versions", out var versions) && versions is IReadOnlyDictionary<string, object?> map
                && map.TryGetValue(serviceName, out var pinned) ? pinned as string : null;
        }
        var credentials = ResolveClientCredentials(merged, awsAccessKeyId, awsSecretAccessKey, awsSessionToken, awsAccountId);
        ConfigValueStore store;
        using (OpenScopedConfigWindow())
        {
            store = CreateClientConfigStore(serviceName, merged, region);
        }
        return new ClientFactory(this).Create(new ClientRequest(serviceName, region, apiVersion, useSsl, verify, endpointUrl, credentials, merged, store, typedClient));
    }

    /// <summary>Creates the compiled typed client <typeparamref name="TClient"/> (see <see cref="CreateClient(string, string?, string?, bool, object?, string?, string?, string?, string?, ClientConfig?, string?)"/>).</summary>
    /// <exception cref="UnknownServiceError">No generated model registered <typeparamref name="TClient"/>.</exception>
    /// <exception cref="InvalidOperationException">A <c>choose-service-name</c> handler chose another service, or
    /// <paramref name="apiVersion"/> is not the compiled client's.</exception>
    public TClient CreateClient<TClient>(string? regionName = null, string? apiVersion = null, bool useSsl = true, object? verify = null,
        string? endpointUrl = null, string? awsAccessKeyId = null, string? awsSecretAccessKey = null, string? awsSessionToken = null,
        ClientConfig? config = null, string? awsAccountId = null)
        where TClient : BaseClient
    {
        var compiled = CompiledModelRegistry.FindByClientType(typeof(TClient))
            ?? throw new UnknownServiceError(typeof(TClient).Name, string.Join(", ", CompiledModelRegistry.All.Select(m => m.ServiceName).Distinct()));
        var client = CreateClient(compiled.ServiceName, regionName, apiVersion ?? compiled.ApiVersion, useSsl, verify, endpointUrl,
            awsAccessKeyId, awsSecretAccessKey, awsSessionToken, config, awsAccountId, typeof(TClient));
        if (client is TClient typed)
        {
            return typed;
        }
        // An apiVersion of the service that no compiled client has: the model loads, its client is dynamic.
        client.Dispose();
        throw new InvalidOperationException(
            $"{typeof(TClient).Name} is compiled for API version {compiled.ApiVersion}; {apiVersion} has no compiled client (use CreateClient(\"{compiled.ServiceName}\", ...)).");
    }

    /// <summary>The random source of retry backoff (botocore's <c>random.random</c>); tests fix it to compare delays.</summary>
    internal Func<double> RetryRandom { get; set; } = s_sharedRandom;

    // One delegate for every session (a method group makes a new one each time): the retry registration's own, so its
    // check for the default jitter is a reference comparison.
    private static readonly Func<double> s_sharedRandom = Clients.Retries.RetryRegistration.DefaultRandom;

    private ClientConfig? MergeClientConfig(ClientConfig? config)
    {
        var defaults = GetDefaultClientConfig();
        return defaults is null ? config : config is null ? defaults : defaults.Merge(config);
    }

    // botocore's order: UNSIGNED → no credentials; both keys → explicit; one key → PartialCredentialsError;
    // neither → the session's (resolved eagerly, so chain errors surface here).
    private Auth.Credentials? ResolveClientCredentials(ClientConfig? config, string? accessKey, string? secretKey, string? token, string? accountId)
    {
        if (config?.IsUnsigned == true)
        {
            return null;
        }
        if (accessKey is not null && secretKey is not null)
        {
            return new Auth.Credentials(accessKey, secretKey, token, Auth.Credentials.ExplicitMethod, accountId);
        }
        if (accessKey is not null || secretKey is not null)
        {
            throw new PartialCredentialsError("explicit", accessKey is null ? "aws_access_key_id" : "aws_secret_access_key");
        }
        return GetCredentials();
    }
}
