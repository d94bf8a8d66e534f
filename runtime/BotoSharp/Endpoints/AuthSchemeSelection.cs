namespace BotoSharp.Endpoints;

/// <summary>
/// The auth type and signing context chosen from an endpoint's <c>authSchemes</c> (botocore's
/// <c>auth_schemes_to_signing_ctx</c> result). <see cref="AuthType"/> null means "no override": the signer
/// keeps the client's configured signature version and an empty context.
/// </summary>
public sealed record AuthSchemeSelection
{
    /// <summary>The signer name (<c>v4</c>, <c>s3v4</c>, <c>v4-s3express</c>, <c>none</c>…), or null for no override.</summary>
    public string? AuthType { get; init; }

    /// <summary><c>signingRegion</c>, or the comma-joined <c>signingRegionSet</c>; null when the scheme has neither.</summary>
    public string? SigningRegion { get; init; }

    /// <summary><c>signingName</c>, or null.</summary>
    public string? SigningName { get; init; }

    /// <summary><c>disableDoubleEncoding</c> as botocore reads it (bools as is, strings equal to "true"), or null.</summary>
    public bool? DisableDoubleEncoding { get; init; }

    /// <summary>The signing context as botocore's dict (<c>region</c>, <c>signing_name</c>, <c>disableDoubleEncoding</c>).</summary>
    public IReadOnlyDictionary<string, object?> SigningContext
    {
        get
        {
            var context = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (SigningRegion is not null)
            {
                context["region"] = SigningRegion;
            }
            if (SigningName is not null)
            {
                context["signing_name"] = SigningName;
            }
            if (DisableDoubleEncoding is { } disable)
            {
                context["disableDoubleEncoding"] = disable;
            }
            return context;
        }
    }
}
