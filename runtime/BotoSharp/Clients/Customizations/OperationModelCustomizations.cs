using System.Text.Json.Nodes;
using BotoSharp.Models;

namespace BotoSharp.Clients.Customizations;

/// <summary>
/// botocore's before-parameter-build handlers that rewrite an operation model once, for the client's lifetime:
/// S3 drops the leading <c>/{Bucket}</c> from request URIs (the rule set already puts the bucket in the URL) and
/// keeps it as <c>authPath</c> for the SigV2 signer; S3 Control drops the <c>{AccountId}.</c> host prefix that the
/// rule set also adds.
/// </summary>
internal static class OperationModelCustomizations
{
    private const string BucketPath = "/{Bucket}";

    /// <summary>Applies the rewrites for <paramref name="eventServiceId"/> to <paramref name="operation"/> (idempotent).</summary>
    public static void Apply(string eventServiceId, OperationModel operation)
    {
        switch (eventServiceId)
        {
            case "s3":
                RemoveBucketFromUrlPath(operation.Http);
                break;
            case "s3-control":
                RemoveAccountIdHostPrefix(operation);
                break;
        }
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
