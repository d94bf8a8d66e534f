using BotoSharp.Clients.Stages;
using BotoSharp.Configuration;
using BotoSharp.Endpoints;
using BotoSharp.Models;

namespace BotoSharp.Clients;

/// <summary>botocore's <c>compute_endpoint_resolver_builtin_defaults</c>: the rule-set builtins of one client.</summary>
internal static class EndpointBuiltInValues
{
    private static readonly HashSet<string> s_legacyGlobalStsRegions = new(StringComparer.Ordinal)
    {
        "ap-northeast-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "aws-global", "ca-central-1", "eu-central-1",
        "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2",
    };

    public static EndpointBuiltInMap Compute(ServiceModel model, ClientArgs args, ConfigValueStore store, Auth.Credentials? credentials)
    {
        var s3 = args.S3Config;
        var givenEndpoint = args.ClientEndpointUrl;
        bool forcePathStyle;
        if (Flag(s3, "use_accelerate_endpoint"))
        {
            forcePathStyle = false;
        }
        else if (givenEndpoint is not null && !IsS3AccelerateUrl(givenEndpoint))
        {
            forcePathStyle = !Equals(Value(s3, "addressing_style"), "virtual");
        }
        else
        {
            forcePathStyle = Equals(Value(s3, "addressing_style"), "path");
        }
        var region = args.RulesetRegion;
        var s3Regional = Value(s3, "us_east_1_regional_endpoint") as string ?? "legacy";
        var stsRegional = store.GetConfigVariable("sts_regional_endpoints") as string ?? "regional";
        // In EndpointBuiltInMap's order; the flags are the shared boxes (a boxed bool cannot change).
        return new EndpointBuiltInMap(new object?[]
        {
            region,
            BoxedValues.Of(givenEndpoint is null && args.FinalConfig.UseFipsEndpoint == true),
            BoxedValues.Of(givenEndpoint is null && args.FinalConfig.UseDualstackEndpoint == true),
            BoxedValues.Of(givenEndpoint is null && stsRegional == "legacy" && region is not null && s_legacyGlobalStsRegions.Contains(region)),
            BoxedValues.Of(s3Regional == "legacy" && region is null or "us-east-1"),
            BoxedValues.Of(Flag(s3, "use_accelerate_endpoint")),
            BoxedValues.Of(forcePathStyle),
            BoxedValues.Of(Value(s3, "use_arn_region") is { } arn ? ConfigValues.EnsureBoolean(arn) : true),
            BoxedValues.Of(Value(s3, "use_arn_region") is { } controlArn && ConfigValues.EnsureBoolean(controlArn)),
            BoxedValues.Of(Flag(s3, "s3_disable_multiregion_access_points")),
            BoxedValues.Of(DisableExpressSessionAuth(s3, store)),
            givenEndpoint,
            // botocore's get_deferred_property("account_id"): read when a rule asks (GetDeferredProperty made a getter per read).
            credentials is null ? null : new Func<object?>(() => credentials.AccountId),
            args.AccountIdEndpointMode,
        });
    }

    // botocore's _compute_s3_disable_express_session_auth: the s3 section's disable_s3_express_session_auth (the
    // top-level Config option is overwritten by it, even with None), else the s3_disable_express_session_auth variable;
    // "true"/"false" strings or booleans only, and unset is false.
    /// <summary>botocore's computed <c>s3_disable_express_session_auth</c> (builtin and S3 client context alike).</summary>
    /// <exception cref="Errors.InvalidConfigError">The value is neither a boolean nor "true"/"false".</exception>
    internal static bool DisableExpressSessionAuth(IReadOnlyDictionary<string, object?> s3, ConfigValueStore store)
    {
        var value = Value(s3, "disable_s3_express_session_auth") ?? store.GetConfigVariable("s3_disable_express_session_auth");
        if (value is not null and not bool && !(value is string text && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase))))
        {
            throw new Errors.InvalidConfigError($"Invalid value \"{value}\" for s3_disable_express_session_auth. Value must be a boolean");
        }
        return ConfigValues.EnsureBoolean(value);
    }

    private static object? Value(IReadOnlyDictionary<string, object?> section, string key) => section.TryGetValue(key, out var value) ? value : null;

    private static bool Flag(IReadOnlyDictionary<string, object?> section, string key) => Value(section, key) is { } value && ConfigValues.EnsureBoolean(value);

    private static bool IsS3AccelerateUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Split('.') is { Length: > 2 } labels
        && labels[0] == "s3-accelerate" && labels[^2] == "amazonaws" && labels[^1] == "com";
}
