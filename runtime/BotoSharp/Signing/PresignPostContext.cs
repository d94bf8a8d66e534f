using BotoSharp.Http;

namespace BotoSharp.Signing;

/// <summary>
/// The form fields and policy of a presigned S3 POST, kept in the request context under botocore's keys
/// (<c>s3-presign-post-fields</c>, <c>s3-presign-post-policy</c>); the POST signers fill them in.
/// </summary>
public static class PresignPostContext
{
    /// <summary>Context key of the form fields (<c>IDictionary&lt;string, object?&gt;</c>).</summary>
    public const string FieldsKey = "s3-presign-post-fields";

    /// <summary>Context key of the policy (<c>IDictionary&lt;string, object?&gt;</c>, insertion-ordered, with <c>expiration</c> first).</summary>
    public const string PolicyKey = "s3-presign-post-policy";

    /// <summary>The fields dictionary, created when absent.</summary>
    public static IDictionary<string, object?> Fields(AwsRequest request) => GetOrCreate(request, FieldsKey);

    /// <summary>The policy dictionary, created when absent, with its <c>conditions</c> list (created when absent).</summary>
    public static (IDictionary<string, object?> Policy, IList<object?> Conditions) Policy(AwsRequest request)
    {
        var policy = GetOrCreate(request, PolicyKey);
        var conditions = policy.TryGetValue("conditions", out var existing) && existing is IList<object?> list ? list : new List<object?>();
        policy["conditions"] = conditions;
        return (policy, conditions);
    }

    /// <summary>Base64 of the policy serialised as Python's <c>json.dumps</c> would, which is what gets signed.</summary>
    public static string EncodePolicy(IDictionary<string, object?> policy) =>
        Convert.ToBase64String(Protocols.PythonJsonWriter.SerializeToUtf8(policy));

    private static IDictionary<string, object?> GetOrCreate(AwsRequest request, string key)
    {
        if (request.Context.TryGetValue(key, out var value) && value is IDictionary<string, object?> existing)
        {
            return existing;
        }
        var created = new Dictionary<string, object?>(StringComparer.Ordinal);
        request.Context[key] = created;
        return created;
    }
}
