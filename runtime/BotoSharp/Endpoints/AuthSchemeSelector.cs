using BotoSharp.Errors;

namespace BotoSharp.Endpoints;

/// <summary>
/// Picks the auth type and signing context from an endpoint's <c>authSchemes</c>, as botocore's
/// <c>EndpointRulesetResolver.auth_schemes_to_signing_ctx</c>: an explicit signature version must match a
/// scheme (else no override); <see cref="Unsigned"/> gives <c>none</c>; else <c>auth_scheme_preference</c>
/// decides; else the first scheme whose name (without <c>sig</c>) the signer table knows.
/// </summary>
public static class AuthSchemeSelector
{
    /// <summary>The requested signature version that means botocore's <c>UNSIGNED</c>.</summary>
    public const string Unsigned = "UNSIGNED";

    /// <summary>botocore's signer table without CRT (<c>AUTH_TYPE_MAPS</c>).</summary>
    public static IReadOnlySet<string> DefaultAuthTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "v2", "v3", "v3https", "s3", "s3-query", "s3-presign-post", "s3v4-presign-post", "v4-s3express",
        "v4-s3express-query", "v4-s3express-presign-post", "bearer", "v4", "v4-query", "s3v4", "s3v4-query",
    };

    // Names that only a CRT-backed signer provides (botocore's CRT_SUPPORTED_AUTH_TYPES).
    private static readonly HashSet<string> s_crtAuthTypes = new(StringComparer.Ordinal)
    {
        "v4", "v4-query", "v4a", "s3v4", "s3v4-query", "s3v4a", "s3v4a-query",
    };

    // auth_scheme_preference names → signer names (AUTH_PREF_TO_SIGNATURE_VERSION).
    private static readonly Dictionary<string, string> s_preferenceNames = new(StringComparer.Ordinal)
    {
        ["sigv4"] = "v4",
        ["sigv4a"] = "v4a",
        ["httpBearerAuth"] = "bearer",
        ["noAuth"] = "none",
    };

    /// <summary>Selects the scheme.</summary>
    /// <param name="authSchemes">The endpoint's <c>authSchemes</c> (non-empty).</param>
    /// <param name="requestedSignatureVersion">The client's explicit <c>signature_version</c>, <see cref="Unsigned"/>, or null.</param>
    /// <param name="authSchemePreference">The comma-separated <c>auth_scheme_preference</c>, or null.</param>
    /// <param name="supportedAuthTypes">The signer names available (default <see cref="DefaultAuthTypes"/>);
    /// include <c>v4a</c> when a SigV4a signer exists.</param>
    /// <exception cref="ArgumentException">The list is empty.</exception>
    /// <exception cref="MissingDependencyException">Only a CRT-backed scheme (sigv4a) is offered and none is available.</exception>
    /// <exception cref="UnknownSignatureVersionError">No offered scheme is known.</exception>
    /// <exception cref="UnsupportedSignatureVersionError">The preference path finds no supported scheme.</exception>
    public static AuthSchemeSelection Select(
        IReadOnlyList<IReadOnlyDictionary<string, object?>> authSchemes,
        string? requestedSignatureVersion,
        string? authSchemePreference,
        IReadOnlySet<string>? supportedAuthTypes = null)
    {
        ArgumentNullException.ThrowIfNull(authSchemes);
        if (authSchemes.Count == 0)
        {
            throw new ArgumentException("auth_schemes must be a non-empty list.", nameof(authSchemes));
        }
        var supported = supportedAuthTypes ?? DefaultAuthTypes;
        if (requestedSignatureVersion == Unsigned)
        {
            return new AuthSchemeSelection { AuthType = "none" };
        }
        if (requestedSignatureVersion is not null)
        {
            foreach (var scheme in authSchemes)
            {
                if (RequestedMatches(requestedSignatureVersion, StripSig(NameOf(scheme))))
                {
                    return WithContext(requestedSignatureVersion, scheme);
                }
            }
            return new AuthSchemeSelection();
        }
        if (authSchemePreference is not null)
        {
            var name = ResolvePreference(authSchemePreference.Split(','), authSchemes, supported);
            var byType = new Dictionary<string, IReadOnlyDictionary<string, object?>>(StringComparer.Ordinal);
            foreach (var scheme in authSchemes)
            {
                byType[StripSig(AfterHash(StripSig(NameOf(scheme))))] = scheme;
            }
            if (!byType.TryGetValue(name, out var chosen))
            {
                throw new UnsupportedSignatureVersionError(name);
            }
            return WithContext(name, chosen);
        }
        foreach (var scheme in authSchemes)
        {
            var name = StripSig(NameOf(scheme));
            if (supported.Contains(name))
            {
                return WithContext(name, scheme);
            }
        }
        var offered = authSchemes.Select(s => StripSig(NameOf(s))).ToList();
        if (!supported.Contains("v4a") && offered.Any(s_crtAuthTypes.Contains))
        {
            throw new MissingDependencyException(
                "This operation requires an additional dependency. Use pip install botocore[crt] before proceeding.");
        }
        throw new UnknownSignatureVersionError(string.Join(", ", offered));
    }

    private static string ResolvePreference(
        string[] preferences, IReadOnlyList<IReadOnlyDictionary<string, object?>> authSchemes, IReadOnlySet<string> supported)
    {
        var serviceSupported = authSchemes.Select(s => AfterHash(NameOf(s))).ToList();
        var ordered = new List<string>();
        foreach (var scheme in preferences.Concat(serviceSupported))
        {
            if (!ordered.Contains(scheme) && serviceSupported.Contains(scheme))
            {
                ordered.Add(scheme);
            }
        }
        foreach (var scheme in ordered)
        {
            if (s_preferenceNames.TryGetValue(scheme, out var signatureVersion)
                && (scheme == "noAuth" || supported.Contains(signatureVersion)))
            {
                return signatureVersion;
            }
        }
        throw new UnsupportedSignatureVersionError(string.Join(", ", serviceSupported.Order(StringComparer.Ordinal)));
    }

    private static AuthSchemeSelection WithContext(string authType, IReadOnlyDictionary<string, object?> scheme)
    {
        string? region = null;
        if (scheme.TryGetValue("signingRegion", out var signingRegion))
        {
            region = signingRegion as string;
        }
        else if (scheme.TryGetValue("signingRegionSet", out var set) && set is System.Collections.IEnumerable regions)
        {
            var joined = string.Join(",", regions.Cast<object?>());
            region = joined.Length > 0 ? joined : null;
        }
        bool? disable = null;
        if (scheme.TryGetValue("disableDoubleEncoding", out var flag))
        {
            disable = flag switch
            {
                bool b => b,
                string s => string.Equals(s, "true", StringComparison.OrdinalIgnoreCase),
                _ => false,
            };
        }
        return new AuthSchemeSelection
        {
            AuthType = authType,
            SigningRegion = region,
            SigningName = scheme.TryGetValue("signingName", out var signingName) ? signingName as string : null,
            DisableDoubleEncoding = disable,
        };
    }

    // botocore compares a configured name with a rule-set name after dropping "sig", any "-suffix" of the
    // configured name, and its "s3" prefix (except the legacy "s3" signer itself).
    private static bool RequestedMatches(string requested, string ruleSetName)
    {
        var dash = requested.IndexOf('-');
        var configured = dash < 0 ? requested : requested[..dash];
        if (configured != "s3" && configured.StartsWith("s3", StringComparison.Ordinal))
        {
            configured = configured[2..];
        }
        return configured == ruleSetName;
    }

    private static string NameOf(IReadOnlyDictionary<string, object?> scheme) =>
        scheme.TryGetValue("name", out var name) && name is string text ? text : "";

    private static string StripSig(string name) => name.StartsWith("sig", StringComparison.Ordinal) ? name[3..] : name;

    private static string AfterHash(string name) => name[(name.LastIndexOf('#') + 1)..];
}
