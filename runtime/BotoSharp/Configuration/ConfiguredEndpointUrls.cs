namespace BotoSharp.Configuration;

/// <summary>
/// How a client name becomes the key of configured endpoint URLs (botocore's <c>SERVICE_NAME_ALIASES</c> and
/// <c>CLIENT_NAME_TO_HYPHENIZED_SERVICE_ID_OVERRIDES</c>, then hyphens to underscores), and how the configured
/// URL is chosen for a client.
/// </summary>
public static class ConfiguredEndpointUrls
{
    private static readonly Dictionary<string, string> s_aliases = new(StringComparer.Ordinal)
    {
        ["runtime.sagemaker"] = "sagemaker-runtime",
    };

    // Client names whose hyphenized service id differs from the name itself.
    private static readonly Dictionary<string, string> s_serviceIds = new(StringComparer.Ordinal)
    {
        ["apigateway"] = "api-gateway", ["application-autoscaling"] = "application-auto-scaling",
        ["appmesh"] = "app-mesh", ["autoscaling"] = "auto-scaling", ["autoscaling-plans"] = "auto-scaling-plans",
        ["ce"] = "cost-explorer", ["cloudhsmv2"] = "cloudhsm-v2", ["cloudsearchdomain"] = "cloudsearch-domain",
        ["cognito-idp"] = "cognito-identity-provider", ["config"] = "config-service",
        ["cur"] = "cost-and-usage-report-service", ["datapipeline"] = "data-pipeline",
        ["directconnect"] = "direct-connect", ["devicefarm"] = "device-farm",
        ["discovery"] = "application-discovery-service", ["dms"] = "database-migration-service",
        ["ds"] = "directory-service", ["ds-data"] = "directory-service-data",
        ["dynamodbstreams"] = "dynamodb-streams", ["elasticbeanstalk"] = "elastic-beanstalk",
        ["elb"] = "elastic-load-balancing", ["elbv2"] = "elastic-load-balancing-v2",
        ["es"] = "elasticsearch-service", ["events"] = "eventbridge", ["globalaccelerator"] = "global-accelerator",
        ["iot-data"] = "iot-data-plane", ["iot-jobs-data"] = "iot-jobs-data-plane",
        ["iotevents-data"] = "iot-events-data", ["iotevents"] = "iot-events", ["iotwireless"] = "iot-wireless",
        ["kinesisanalytics"] = "kinesis-analytics", ["kinesisanalyticsv2"] = "kinesis-analytics-v2",
        ["kinesisvideo"] = "kinesis-video", ["lex-models"] = "lex-model-building-service",
        ["lexv2-models"] = "lex-models-v2", ["lex-runtime"] = "lex-runtime-service",
        ["lexv2-runtime"] = "lex-runtime-v2", ["logs"] = "cloudwatch-logs",
        ["machinelearning"] = "machine-learning", ["marketplacecommerceanalytics"] = "marketplace-commerce-analytics",
        ["marketplace-entitlement"] = "marketplace-entitlement-service",
        ["meteringmarketplace"] = "marketplace-metering", ["mgh"] = "migration-hub",
        ["sms-voice"] = "pinpoint-sms-voice", ["resourcegroupstaggingapi"] = "resource-groups-tagging-api",
        ["route53"] = "route-53", ["route53domains"] = "route-53-domains", ["s3control"] = "s3-control",
        ["sdb"] = "simpledb", ["secretsmanager"] = "secrets-manager",
        ["serverlessrepo"] = "serverlessapplicationrepository", ["servicecatalog"] = "service-catalog",
        ["servicecatalog-appregistry"] = "service-catalog-appregistry", ["stepfunctions"] = "sfn",
        ["storagegateway"] = "storage-gateway",
    };

    /// <summary>The entries of the override table (client name → hyphenized service id).</summary>
    public static IReadOnlyDictionary<string, string> ServiceIdOverrides => s_serviceIds;

    /// <summary>The snake-case service id of a client name: <c>elbv2</c> → <c>elastic_load_balancing_v2</c>.</summary>
    public static string SnakeCaseServiceId(string clientName)
    {
        string name = s_aliases.GetValueOrDefault(clientName, clientName);
        return s_serviceIds.GetValueOrDefault(name, name).Replace('-', '_');
    }

    /// <summary>
    /// botocore's <c>_compute_configured_endpoint_url</c>: an explicit <paramref name="endpointUrl"/> wins; else,
    /// unless <c>ignore_configured_endpoint_urls</c> (client config first, then the store) is true, the store's
    /// <c>endpoint_url</c> (a <see cref="ConfiguredEndpointProvider"/>); else null (the resolver decides).
    /// </summary>
    public static string? Compute(ConfigValueStore store, ClientConfig? config, string? endpointUrl)
    {
        if (endpointUrl is not null)
        {
            return endpointUrl;
        }
        object? ignore = config?.IgnoreConfiguredEndpointUrls is { } fromConfig ? fromConfig : store.GetConfigVariable("ignore_configured_endpoint_urls");
        if (ConfigValues.EnsureBoolean(ignore))
        {
            return null;
        }
        return store.GetConfigVariable("endpoint_url") as string;
    }
}
