namespace BotoSharp.Signing;

/// <summary>Signature version names as botocore spells them (keys of <c>AUTH_TYPE_MAPS</c>).</summary>
public static class SignatureVersions
{
    /// <summary>botocore's <c>UNSIGNED</c> sentinel: the request is sent without authentication.</summary>
    public const string Unsigned = "UNSIGNED";

    /// <summary>Signature Version 2 over the query parameters (SimpleDB, Import/Export).</summary>
    public const string V2 = "v2";

    /// <summary>SigV4 with the Authorization header.</summary>
    public const string V4 = "v4";

    /// <summary>SigV4 presigned URL.</summary>
    public const string V4Query = "v4-query";

    /// <summary>S3 SigV4 (path signed as-is, X-Amz-Content-SHA256 always set).</summary>
    public const string S3V4 = "s3v4";

    /// <summary>S3 SigV4 presigned URL.</summary>
    public const string S3V4Query = "s3v4-query";

    /// <summary>S3 HMAC-SHA1 (SigV2-style) Authorization header.</summary>
    public const string S3 = "s3";

    /// <summary>S3 HMAC-SHA1 presigned URL (the default for presigning in legacy S3 regions).</summary>
    public const string S3Query = "s3-query";

    /// <summary>S3 Express One Zone session signing (SigV4 with <c>x-amz-s3session-token</c>).</summary>
    public const string V4S3Express = "v4-s3express";

    /// <summary>S3 Express presigned URL.</summary>
    public const string V4S3ExpressQuery = "v4-s3express-query";

    /// <summary><c>Authorization: Bearer</c> token auth.</summary>
    public const string Bearer = "bearer";

    /// <summary>Operation auth type for SigV4 without payload signing (turned into <see cref="V4"/> + context flag).</summary>
    public const string V4UnsignedBody = "v4-unsigned-body";

    /// <summary>Operation auth type for no authentication (turned into <see cref="Unsigned"/>).</summary>
    public const string None = "none";

    /// <summary>S3 HMAC-v1 presigned POST.</summary>
    public const string S3PresignPost = "s3-presign-post";

    /// <summary>S3 SigV4 presigned POST.</summary>
    public const string S3V4PresignPost = "s3v4-presign-post";

    /// <summary>S3 Express presigned POST.</summary>
    public const string V4S3ExpressPresignPost = "v4-s3express-presign-post";
}
