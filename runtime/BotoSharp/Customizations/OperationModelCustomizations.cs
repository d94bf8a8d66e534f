using System.Text.Json.Nodes;
using BotoSharp.Models;

namespace BotoSharp.Customizations;

/// <summary>
/// botocore's before-parameter-build handlers that rewrite an operation model once, for the client's lifetime:
/// S3 drops the leading <c>/{Bucket}</c> from request URIs (the rule set already puts the bucket in the URL) and
/// keeps it as <c>authPath</c> for the SigV2 signer; S3 Control drops the <c>{AccountId}.</c> host prefix that the
/// rule set also adds.
/// </summary>
public static class OperationModelCustomizations
{
    private const string BucketPath = "/{Bucket}";

    /// <summary>The rows: botocore's <c>remove_bucket_from_url_paths_from_model</c> and <c>remove_accid_host_prefix_from_model</c>.</summary>
    public static IEnumerable<HandlerRow> Rows()
    {
        yield return new("before-parameter-build.s3", RemoveBucketFromUrlPathsFromModel);
        yield return new("before-parameter-build.s3-control", RemoveAccountIdHostPrefixFromModel);
    }

    /// <summary>S3: drops <c>/{Bucket}</c> from the operation's request URI (idempotent), keeping it as <c>authPath</c>.</summary>
    public static object? RemoveBucketFromUrlPathsFromModel(IDictionary<string, object?> kwargs)
    {
        RemoveBucketFromUrlPath(HandlerArgs.Model(kwargs).Http);
        return null;
    }

    /// <summary>S3 Control: drops the <c>{AccountId}.</c> host prefix of operations whose rule set adds the account id.</summary>
    public static object? RemoveAccountIdHostPrefixFromModel(IDictionary<string, object?> kwargs)
    {
        RemoveAccountIdHostPrefix(HandlerArgs.Model(kwargs));
        return null;
    }

    private static void RemoveBucketFromUrlPath(JsonObject http)
    {
        lock (http)
        {
            var requestUri = http["requestUri"]?.GetValue<string>();
            if (requestUri is null || !requestUri.StartsWith(BucketPath, StringComparison.Ordinal))
            {
                return;
            }
            http["requestUri"] = requestUri[BucketPath.Length..];
            var path = requestUri.Split('?')[0];
            http["authPath"] = path == BucketPath ? path + "/" : path;
        }
    }

    private static void RemoveAccountIdHostPrefix(OperationModel operation)
    {
        var requiresAccountId = operation.StaticContextParameters.Any(p => p.Name == "RequiresAccountId" && p.Value is true);
        if (operation.Endpoint is { } endpoint && requiresAccountId)
        {
            lock (endpoint)
            {
                if (endpoint["hostPrefix"]?.GetValue<string>() == "{AccountId}.")
                {
                    endpoint.Remove("hostPrefix");
                }
            }
        }
    }
}
