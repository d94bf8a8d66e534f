namespace BotoSharp.Signing;

/// <summary>What a signing pass produces (botocore's <c>signing_type</c>).</summary>
public static class SigningTypes
{
    /// <summary>Sign the request to send it.</summary>
    public const string Standard = "standard";

    /// <summary>Produce a presigned URL (signature version suffix <c>-query</c>).</summary>
    public const string PresignUrl = "presign-url";

    /// <summary>Produce presigned POST fields (suffix <c>-presign-post</c>).</summary>
    public const string PresignPost = "presign-post";
}
