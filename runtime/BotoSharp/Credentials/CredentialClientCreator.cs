using BotoSharp.Clients;
using BotoSharp.Configuration;

namespace BotoSharp.Auth;

/// <summary>
/// Creates the client a credential provider calls (STS, SSO, SSO OIDC, sign-in), botocore's <c>client_creator</c>:
/// <see cref="Session.CreateClient(string, string?, string?, bool, object?, string?, string?, string?, string?, ClientConfig?, string?)"/>
/// with the arguments in <paramref name="options"/>.
/// </summary>
/// <param name="serviceName">The service, e.g. <c>sts</c>.</param>
/// <param name="options">The create-client arguments the provider passes.</param>
public delegate BaseClient CredentialClientCreator(string serviceName, CredentialClientOptions options);

/// <summary>The <c>create_client</c> keyword arguments credential providers use.</summary>
public sealed record CredentialClientOptions
{
    /// <summary>The region (<c>region_name</c>); null lets the session decide.</summary>
    public string? RegionName { get; init; }

    /// <summary>The client config (<c>config</c>), e.g. unsigned for web identity and SSO.</summary>
    public ClientConfig? Config { get; init; }

    /// <summary>An explicit access key (the source credentials of an assume-role call).</summary>
    public string? AccessKey { get; init; }

    /// <summary>An explicit secret key.</summary>
    public string? SecretKey { get; init; }

    /// <summary>An explicit session token.</summary>
    public string? SessionToken { get; init; }
}

/// <summary>Ready-made client creators.</summary>
public static class CredentialClientCreators
{
    /// <summary>
    /// Creates clients from <paramref name="session"/>; <paramref name="defaultRegion"/> is used when the options name
    /// none, as botocore's <c>_get_client_creator(session, region_name)</c> does for STS.
    /// </summary>
    public static CredentialClientCreator FromSession(Session session, string? defaultRegion = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        return (serviceName, options) => session.CreateClient(serviceName, options.RegionName ?? defaultRegion, config: options.Config,
            awsAccessKeyId: options.AccessKey, awsSecretAccessKey: options.SecretKey, awsSessionToken: options.SessionToken);
    }

    /// <summary>A creator over a fresh default session, for providers built without one.</summary>
    internal static CredentialClientCreator DefaultSession()
    {
        var session = new Lazy<Session>(() => new Session());
        return (serviceName, options) => FromSession(session.Value)(serviceName, options);
    }

    /// <summary>Calls an operation by name with botocore-shaped parameters, as <c>client.assume_role(**kwargs)</c>.</summary>
    internal static Task<Dictionary<string, object?>> InvokeAsync(BaseClient client, string operationName,
        IDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        DynamicClient.Over(client).InvokeAsync(operationName, parameters, cancellationToken);
}
