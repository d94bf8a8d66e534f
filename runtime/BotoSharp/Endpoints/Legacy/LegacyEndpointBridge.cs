using System.Text.Json.Nodes;
using BotoSharp.Caching;
using BotoSharp.Errors;

namespace BotoSharp.Endpoints.Legacy;

/// <summary>
/// botocore's <c>ClientEndpointBridge</c>: turns legacy endpoint data into the client's region, URL, signing region,
/// signing name and signature version. Runs once at client creation, even when an endpoint URL is given — which is
/// why a regional service without a region raises <see cref="NoRegionError"/> there.
/// </summary>
internal static class LegacyEndpointBridge
{
    // The signature versions botocore's AUTH_TYPE_MAPS knows without CRT.
    private static readonly HashSet<string> s_knownSignatureVersions = new(StringComparer.Ordinal)
    {
        "v2", "v3", "v3https", "v4", "v4-query", "v4-unsigned-body", "s3", "s3-query", "s3-presign-post",
        "s3v4", "s3v4-query", "s3v4-presign-post", "s3v4-unsigned-body", "bearer", "v4-s3express",
        "v4-s3express-query", "v4-s3express-presign-post",
    };

    /// <summary>The inputs the bridge reads from the client's configuration.</summary>
    /// <param name="EndpointPrefix">The model's <c>endpointPrefix</c> (the legacy lookup key).</param>
    /// <param name="RegionName">The region from the argument or <c>ClientConfig.RegionName</c>, or null.</param>
    /// <param name="EndpointUrl">An explicit or configured endpoint URL, or null.</param>
    /// <param name="IsSecure">The <c>useSsl</c> argument.</param>
    /// <param name="UseDualstack">The resolved dualstack flag.</param>
    /// <param name="UseFips">The resolved FIPS flag.</param>
    /// <param name="ConfiguredSignatureVersion">From <c>ClientConfig.SignatureVersion</c> or the profile's service section.</param>
    /// <param name="ServiceSignatureVersion">The model's signature version (from <c>auth</c> or <c>signatureVersion</c>).</param>
    /// <param name="ServiceSigningName">The model's <c>signingName</c>, or null.</param>
    public sealed record Inputs(
        string EndpointPrefix,
        string? RegionName,
        string? EndpointUrl,
        bool IsSecure,
        bool UseDualstack,
        bool UseFips,
        string? ConfiguredSignatureVersion,
        string? ServiceSignatureVersion,
        string? ServiceSigningName);

    // Answers over the built-in endpoints.json by inputs: a few per process (service × region × flags), bounded anyway.
    private const int MaxRememberedBuiltin = 256;
    // Most clients of a process resolve what the last one did: the last inputs are compared before the hash.
    private static readonly LastKeyFirstCache<Inputs, LegacyEndpoint> s_builtin = new(MaxRememberedBuiltin);

    /// <summary>
    /// <see cref="Resolve"/> over <see cref="LegacyEndpointResolver.BuiltinFor"/>: the data is parsed once per process and
    /// never edited, so the answer is a pure function of <paramref name="inputs"/> and is remembered (errors are not).
    /// </summary>
    public static LegacyEndpoint ResolveBuiltin(Inputs inputs)
    {
        if (!s_builtin.TryGetValue(inputs, out var resolved))
        {
            resolved = Resolve(LegacyEndpointResolver.BuiltinFor(inputs.EndpointPrefix), inputs);
            s_builtin.Remember(inputs, resolved);
        }
        return resolved;
    }

    /// <summary>Resolves the legacy endpoint for a client.</summary>
    public static LegacyEndpoint Resolve(LegacyEndpointResolver resolver, Inputs inputs)
    {
        var resolved = resolver.ConstructEndpoint(inputs.EndpointPrefix, inputs.RegionName, useDualstack: inputs.UseDualstack, useFips: inputs.UseFips)
            ?? resolver.ConstructEndpoint(inputs.EndpointPrefix, inputs.RegionName, "aws", inputs.UseDualstack, inputs.UseFips);
        if (resolved is null)
        {
            // Only reachable when endpoints.json has no aws partition: botocore assumes {service}.{region}.amazonaws.com.
            var url = inputs.EndpointUrl ?? MakeUrl($"{inputs.EndpointPrefix}.{inputs.RegionName}.amazonaws.com", inputs.IsSecure, new[] { "http", "https" });
            return new LegacyEndpoint(inputs.EndpointPrefix, inputs.RegionName, inputs.RegionName,
                inputs.ServiceSigningName ?? inputs.EndpointPrefix, url, SignatureVersion(inputs, new JsonObject { ["signatureVersions"] = new JsonArray("v4") }), null);
        }
        var regionName = inputs.RegionName;
        var signingRegion = regionName;
        if (inputs.EndpointUrl is null)
        {
            regionName = (string?)resolved["endpointName"];
            signingRegion = (string?)resolved["credentialScope"]?["region"] ?? regionName;
        }
        var protocols = resolved["protocols"] is JsonArray list ? list.Select(p => (string)p!).ToArray() : Array.Empty<string>();
        var endpointUrl = inputs.EndpointUrl ?? MakeUrl((string)resolved["hostname"]!, inputs.IsSecure, protocols);
        var signingName = (string?)resolved["credentialScope"]?["service"] ?? inputs.ServiceSigningName ?? inputs.EndpointPrefix;
        return new LegacyEndpoint(inputs.EndpointPrefix, regionName, signingRegion, signingName, endpointUrl,
            SignatureVersion(inputs, resolved), (string?)resolved["partition"]);
    }

    private static string MakeUrl(string hostname, bool isSecure, IReadOnlyCollection<string> protocols) =>
        (isSecure && protocols.Contains("https") ? "https://" : "http://") + hostname;

    private static string SignatureVersion(Inputs inputs, JsonObject resolved)
    {
        if (inputs.ConfiguredSignatureVersion is not null)
        {
            return inputs.ConfiguredSignatureVersion;
        }
        if (inputs.EndpointPrefix is "s3" or "s3-control")
        {
            return "s3v4";
        }
        IReadOnlyList<string> candidates;
        if (inputs.ServiceSignatureVersion is not null)
        {
            candidates = new[] { inputs.ServiceSignatureVersion };
        }
        else
        {
            candidates = resolved["signatureVersions"] is JsonArray versions ? versions.Select(v => (string)v!).ToList() : new List<string>();
            if (candidates.Contains("v4"))
            {
                return "v4";
            }
        }
        return candidates.FirstOrDefault(s_knownSignatureVersions.Contains)
            ?? throw new UnknownSignatureVersionError("[" + string.Join(", ", candidates.Select(c => $"'{c}'")) + "]");
    }
}
