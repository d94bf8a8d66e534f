using System.Globalization;
using BotoSharp.Errors;
using BotoSharp.Http;

namespace BotoSharp.Signing;

/// <summary>
/// SigV4 presigned POST for S3 (botocore's <c>S3SigV4PostAuth</c>, <c>s3v4-presign-post</c>): adds the algorithm,
/// credential, date (and token) to the fields and the policy conditions, then signs the base64 policy.
/// </summary>
public class S3SigV4PostSigner : SigV4Signer
{
    /// <summary>Creates the signer.</summary>
    public S3SigV4PostSigner(SigningCredentials? credentials, string serviceName, string regionName, TimeProvider? clock = null)
        : base(credentials, serviceName, regionName, clock)
    {
    }

    /// <summary>The field carrying the session token.</summary>
    protected virtual string TokenField => "x-amz-security-token";

    /// <summary>Fills in the POST fields and policy in the request context; the request itself is not changed.</summary>
    public override void Sign(AwsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var credentials = Credentials ?? throw new NoCredentialsError();
        request.Context["timestamp"] = Clock.GetUtcNow().UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);
        var fields = PresignPostContext.Fields(request);
        var (policy, conditions) = PresignPostContext.Policy(request);
        var scope = Scope(request);
        var timestamp = (string)request.Context["timestamp"]!;
        fields["x-amz-algorithm"] = "AWS4-HMAC-SHA256";
        fields["x-amz-credential"] = scope;
        fields["x-amz-date"] = timestamp;
        conditions.Add(new Dictionary<string, object?> { ["x-amz-algorithm"] = "AWS4-HMAC-SHA256" });
        conditions.Add(new Dictionary<string, object?> { ["x-amz-credential"] = scope });
        conditions.Add(new Dictionary<string, object?> { ["x-amz-date"] = timestamp });
        if (credentials.Token is { } token)
        {
            fields[TokenField] = token;
            conditions.Add(new Dictionary<string, object?> { [TokenField] = token });
        }
        var encodedPolicy = PresignPostContext.EncodePolicy(policy);
        fields["policy"] = encodedPolicy;
        fields["x-amz-signature"] = Signature(encodedPolicy, request);
    }
}
