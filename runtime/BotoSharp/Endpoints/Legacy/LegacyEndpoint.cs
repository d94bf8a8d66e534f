namespace BotoSharp.Endpoints.Legacy;

/// <summary>
/// What the legacy <c>endpoints.json</c> resolution decides at client creation (botocore's
/// <c>ClientEndpointBridge.resolve</c> result): the client's region, the URL, and how to sign.
/// </summary>
/// <param name="ServiceName">The endpoint prefix the lookup used.</param>
/// <param name="RegionName">The client's region after resolution (<c>client.Meta.RegionName</c>).</param>
/// <param name="SigningRegion">The region SigV4 signs for.</param>
/// <param name="SigningName">The service name SigV4 signs for.</param>
/// <param name="EndpointUrl">The endpoint URL (<c>client.Meta.EndpointUrl</c>).</param>
/// <param name="SignatureVersion">The signature version (<c>v4</c>, <c>s3v4</c>…).</param>
/// <param name="Partition">The partition the endpoint belongs to, or null when it was assumed.</param>
public sealed record LegacyEndpoint(
    string ServiceName,
    string? RegionName,
    string? SigningRegion,
    string SigningName,
    string EndpointUrl,
    string SignatureVersion,
    string? Partition);
