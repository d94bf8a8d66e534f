using System.Security.Cryptography;
using System.Text;
using BotoSharp.Errors;
using BotoSharp.Http;

namespace BotoSharp.Signing;

/// <summary>
/// HMAC-v1 presigned POST for S3 (botocore's <c>HmacV1PostAuth</c>, <c>s3-presign-post</c>): the fields get
/// <c>AWSAccessKeyId</c>, the token, the base64 policy and its HMAC-SHA1 <c>signature</c>.
/// </summary>
public sealed class HmacV1PostSigner : ISigner
{
    private readonly SigningCredentials? _credentials;

    /// <summary>Creates the signer.</summary>
    public HmacV1PostSigner(SigningCredentials? credentials) => _credentials = credentials;

    /// <inheritdoc />
    public void Sign(AwsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var credentials = _credentials ?? throw new NoCredentialsError();
        var fields = PresignPostContext.Fields(request);
        var (policy, conditions) = PresignPostContext.Policy(request);
        fields["AWSAccessKeyId"] = credentials.AccessKey;
        if (credentials.Token is { } token)
        {
            fields["x-amz-security-token"] = token;
            conditions.Add(new Dictionary<string, object?> { ["x-amz-security-token"] = token });
        }
        var encodedPolicy = PresignPostContext.EncodePolicy(policy);
        fields["policy"] = encodedPolicy;
        fields["signature"] = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(credentials.SecretKey), Encoding.UTF8.GetBytes(encodedPolicy)));
    }
}
