namespace BotoSharp.Tests.Differential.Sessions;

/// <summary>
/// The building blocks <see cref="IniTextGenerator"/> picks from: section headers, option keys with valid and
/// invalid values, nested blocks and credential_process commands (echo/false only, never the network).
/// </summary>
internal static class IniVocabulary
{
    /// <summary>Config-file headers: every profile form, quoted and odd names, non-profile sections, trailing text.</summary>
    internal static string[] ConfigHeaders { get; } =
    [
        "[default]", "[default]", "[profile default]", "[profile dev]", "[profile dev]", "[profile \"a b\"]", "[profile 'a b']",
        "[profile prod]", "[profile  prod ]", "[profilefoo bar]", "[profile a b c]", "[profile]", "[DEFAULT]",
        "[sso-session corp]", "[sso-session \"my sso\"]", "[services local]", "[services  local2]", "[servicesX y]",
        "[plain]", "[preview]", "[profile dev] trailing text", "[profile x]]", "[ profile dev]", "[Default]",
        "[profile \"unclosed]", "[profile prod\\ x]", "[profile  dev]", "[profile\tdev]", "[profile dév]",
    ];

    /// <summary>Credentials-file headers: section names are taken literally there (<c>[profile dev]</c> is profile "profile dev").</summary>
    internal static string[] CredentialHeaders { get; } =
    [
        "[default]", "[default]", "[dev]", "[profile dev]", "[a b]", "[prod]", "[DEFAULT]", "[creds-only]", "[\"a b\"]",
    ];

    /// <summary>Option keys with valid, odd and invalid values (botocore converts only at lookup).</summary>
    internal static (string Key, string[] Values)[] ConfigKeys { get; } =
    [
        ("region", ["us-west-2", "eu-central-1", "", "  ap-south-1  ", "cn-north-1", "%(here)s", "région", "a\tb"]),
        ("max_attempts", ["3", " 12 ", "abc", "1.5", "0", "-2", "+4", "1_0", "٣"]),
        ("retry_mode", ["standard", "legacy", "adaptive", "bogus", "STANDARD"]),
        ("use_fips_endpoint", ["true", "TRUE", "false", "yes", "1", "  true"]),
        ("use_dualstack_endpoint", ["true", "False", "no"]),
        ("defaults_mode", ["standard", "in-region", "legacy", "Mobile", "bogus"]),
        ("sdk_ua_app_id", ["app-1", "my app"]),
        ("ca_bundle", ["/ca.pem", "~/ca.pem"]),
        ("parameter_validation", ["false", "true", "nope"]),
        ("tcp_keepalive", ["true", "false"]),
        ("csm_enabled", ["true", "yes"]),
        ("csm_port", ["31000", "x"]),
        ("csm_client_id", ["cid"]),
        ("metadata_service_timeout", ["3", "2.5", "x"]),
        ("metadata_service_num_attempts", ["2", " 5", "five"]),
        ("ec2_metadata_service_endpoint_mode", ["IPv6", "ipv4"]),
        ("imds_use_ipv6", ["true", "false"]),
        ("ec2_metadata_v1_disabled", ["true", "False"]),
        ("endpoint_url", ["https://example.com", "http://localhost:4566"]),
        ("ignore_configured_endpoint_urls", ["true", "false"]),
        ("request_min_compression_size_bytes", ["100", "10485761", "-1", "ten"]),
        ("disable_request_compression", ["true", "False"]),
        ("sts_regional_endpoints", ["regional", "legacy", "x"]),
        ("account_id_endpoint_mode", ["preferred", "disabled", "required"]),
        ("auth_scheme_preference", ["sigv4a,sigv4", "httpBearerAuth"]),
        ("sigv4a_signing_region_set", ["*", "us-east-1,us-west-2"]),
        ("request_checksum_calculation", ["when_supported", "WHEN_REQUIRED"]),
        ("response_checksum_validation", ["when_required"]),
        ("endpoint_discovery_enabled", ["true", "auto", "false"]),
        ("disable_host_prefix_injection", ["true", "false"]),
        ("s3_disable_express_session_auth", ["true", "false"]),
        ("sso_session", ["corp", "missing", "my sso"]),
        // Complete role, web identity and SSO profiles give deferred credentials: compared by method, never used.
        ("sso_start_url", ["https://example.awsapps.com/start"]),
        ("role_arn", ["arn:aws:iam::123456789012:role/r", "arn:aws:iam::123456789012:role/other"]),
        ("source_profile", ["default", "dev", "prod", "a b", "missing", "creds-only"]),
        ("credential_source", ["Environment", "EcsContainer", "Ec2InstanceMetadata", "environment", "Bogus"]),
        ("role_session_name", ["session-1"]),
        ("external_id", ["ext"]),
        ("mfa_serial", ["arn:aws:iam::123456789012:mfa/u"]),
        ("duration_seconds", ["900", "x", " 3600 "]),
        ("web_identity_token_file", ["/nonexistent/botosharp-token"]),
        // Never login_session: botocore here lacks awscrt and refuses every login profile.
        ("sso_account_id", ["123456789012"]),
        ("sso_role_name", ["Admin"]),
        ("sso_region", ["us-east-1"]),
        ("sso_registration_scopes", ["sso:account:access"]),
        ("services", ["local", "local2"]),
        ("output", ["json", "text"]),
        ("aws_access_key_id", ["AKIDCONFIG", ""]),
        ("aws_secret_access_key", ["config-secret"]),
        ("aws_session_token", ["config-token"]),
        ("aws_security_token", ["config-security-token"]),
    ];

    /// <summary>Nested sub-section blocks (<c>s3 =</c> and friends) and one that is not a block.</summary>
    internal static string[] NestedBlocks { get; } =
    [
        "s3 =\n  addressing_style = path\n  use_accelerate_endpoint = true",
        "s3 =\n    signature_version = s3v4\n    payload_signing_enabled = false\n    us_east_1_regional_endpoint = regional",
        "s3 = not-a-section",
        "s3 =\n  use_arn_region = true",
        "api_versions =\n  ec2 = 2015-01-01\n  s3 = 2006-03-01",
        "proxies_config =\n  proxy_ca_bundle = /proxy.pem\n  proxy_use_forwarding_for_https = true",
        "s3 =\n  addressing_style = virtual\n\n  use_dualstack_endpoint = true",
        "S3 =\n  Addressing_Style = path",
        "s3 =\n  # indented comment\n  addressing_style = auto",
        "s3=\n addressing_style=path",
        "sqs =\n  endpoint_url = http://localhost:9324",
    ];

    /// <summary>credential_process commands: valid, partial, wrong version, not JSON, failing.</summary>
    internal static string[] CredentialProcesses { get; } =
    [
        "echo '{\"Version\": 1, \"AccessKeyId\": \"AKPROC\", \"SecretAccessKey\": \"proc-secret\", \"SessionToken\": \"proc-token\"}'",
        "echo '{\"Version\": 1, \"AccessKeyId\": \"AKPROC2\", \"SecretAccessKey\": \"proc-secret2\"}'",
        "echo '{\"Version\": 2, \"AccessKeyId\": \"AK\", \"SecretAccessKey\": \"s\"}'",
        "echo not-json",
        "false",
        "echo '{\"Version\": 1, \"AccessKeyId\": \"AKONLY\"}'",
    ];
}
