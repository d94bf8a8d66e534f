using BotoSharp.Configuration;

namespace BotoSharp.Clients;

/// <summary>
/// The arguments of one <c>CreateClient</c> call after the session-level steps (region, credentials, store);
/// <see cref="TypedClient"/> is the compiled client type <c>CreateClient&lt;TClient&gt;</c> asked for.
/// </summary>
internal sealed record ClientRequest(
    string ServiceName,
    string? RegionName,
    string? ApiVersion,
    bool UseSsl,
    object? Verify,
    string? EndpointUrl,
    Auth.Credentials? Credentials,
    ClientConfig? Config,
    ConfigValueStore Store,
    Type? TypedClient = null);
