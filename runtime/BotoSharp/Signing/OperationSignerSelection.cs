namespace BotoSharp.Signing;

/// <summary>
/// botocore's builtin <c>choose-signer</c> handler (<c>set_operation_specific_signer</c>): turns an operation's
/// auth type into a signature version. The call path registers it on <c>choose-signer</c>.
/// </summary>
public static class OperationSignerSelection
{
    /// <summary>Signing names that use the S3 flavour of SigV4.</summary>
    public static readonly IReadOnlyList<string> S3SigningNames = new[] { "s3", "s3-outposts", "s3-object-lambda", "s3express" };

    /// <summary>
    /// The signature version for <c>context['auth_type']</c>, or null to keep the current choice: <c>none</c> →
    /// <see cref="SignatureVersions.Unsigned"/>; <c>bearer</c>; <c>v4-unsigned-body</c> (or an <c>unsigned_payload</c>
    /// flag) sets <c>payload_signing_enabled=false</c>; <c>v4*</c> → <c>v4</c>/<c>v4a</c>, prefixed <c>s3</c> for S3
    /// signing names; <c>v4-s3express</c> is kept.
    /// </summary>
    public static string? Choose(IDictionary<string, object?> context, string signingName)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.TryGetValue("auth_type", out var value) || value is not string { Length: > 0 } authType)
        {
            return null;
        }
        if (authType == SignatureVersions.None)
        {
            return SignatureVersions.Unsigned;
        }
        if (authType == SignatureVersions.Bearer)
        {
            return SignatureVersions.Bearer;
        }
        if ((context.TryGetValue("unsigned_payload", out var unsigned) && unsigned is true) || authType == SignatureVersions.V4UnsignedBody)
        {
            context["payload_signing_enabled"] = false;
        }
        if (!authType.StartsWith("v4", StringComparison.Ordinal))
        {
            return null;
        }
        if (authType == SignatureVersions.V4S3Express)
        {
            return authType;
        }
        var version = authType == "v4a" ? "v4a" : SignatureVersions.V4;
        return S3SigningNames.Contains(signingName) ? "s3" + version : version;
    }
}
