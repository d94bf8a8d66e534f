using System.Text;

namespace BotoSharp.Tests.Differential.Sessions;

/// <summary>
/// Random config and credentials file texts covering every section form botocore's readers treat specially:
/// <c>[default]</c>, <c>[profile x]</c>, quoted names, <c>[profile default]</c> before or after <c>[default]</c>,
/// <c>[DEFAULT]</c>, sections that are not profiles, <c>[sso-session x]</c>, <c>[services x]</c>, nested blocks,
/// continuation lines, comments, upper-case keys, <c>:</c> delimiters, and now and then a malformed line.
/// </summary>
internal sealed class IniTextGenerator
{
    private static readonly string[] s_configHeaders =
    [
        "[default]", "[default]", "[profile default]", "[profile dev]", "[profile dev]", "[profile \"a b\"]", "[profile 'a b']",
        "[profile prod]", "[profile  prod ]", "[profilefoo bar]", "[profile a b c]", "[profile]", "[DEFAULT]",
        "[sso-session corp]", "[sso-session \"my sso\"]", "[services local]", "[services  local2]", "[servicesX y]",
        "[plain]", "[preview]", "[profile dev] trailing text", "[profile x]]", "[ profile dev]", "[Default]",
        "[profile \"unclosed]", "[profile prod\\ x]", "[profile  dev]", "[profile\tdev]", "[profile dév]",
    ];

    private static readonly string[] s_credentialHeaders =
    [
        "[default]", "[default]", "[dev]", "[profile dev]", "[a b]", "[prod]", "[DEFAULT]", "[creds-only]", "[\"a b\"]",
    ];

    private static readonly (string Key, string[] Values)[] s_configKeys =
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
        // Never sso_start_url: an SSO profile stays incomplete (InvalidConfigError in both), since a complete one
        // gives botocore deferred credentials that would call SSO on first use.
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

    private static readonly string[] s_nestedBlocks =
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

    private static readonly string[] s_credentialProcesses =
    [
        "echo '{\"Version\": 1, \"AccessKeyId\": \"AKPROC\", \"SecretAccessKey\": \"proc-secret\", \"SessionToken\": \"proc-token\"}'",
        "echo '{\"Version\": 1, \"AccessKeyId\": \"AKPROC2\", \"SecretAccessKey\": \"proc-secret2\"}'",
        "echo '{\"Version\": 2, \"AccessKeyId\": \"AK\", \"SecretAccessKey\": \"s\"}'",
        "echo not-json",
        "false",
        "echo '{\"Version\": 1, \"AccessKeyId\": \"AKONLY\"}'",
    ];

    private readonly Random _random;

    public IniTextGenerator(Random random) => _random = random;

    /// <summary>A config file text (sometimes malformed), now and then with CRLF line ends.</summary>
    public string Config() => MaybeCrLf(ConfigText());

    /// <summary>A credentials file text (sometimes malformed); its sections merge into the profiles as they are named.</summary>
    public string Credentials() => MaybeCrLf(CredentialsText());

    // Python reads the files with universal newlines, so CRLF must read exactly as LF.
    private string MaybeCrLf(string text) => Chance(0.1) ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text;

    private string ConfigText()
    {
        var text = new StringBuilder();
        MaybeComment(text);
        if (Chance(0.03))
        {
            // A key before any header is configparser's MissingSectionHeaderError.
            text.Append("region = us-east-1\n");
        }
        foreach (string header in Headers(s_configHeaders, _random.Next(0, 6)))
        {
            text.Append(header).Append('\n');
            var keys = new HashSet<string>(StringComparer.Ordinal);
            int count = _random.Next(0, 6);
            for (int k = 0; k < count; k++)
            {
                ConfigLine(text, keys);
            }
            MaybeMalformed(text);
        }
        return text.ToString();
    }

    private string CredentialsText()
    {
        var text = new StringBuilder();
        MaybeComment(text);
        foreach (string header in Headers(s_credentialHeaders, _random.Next(0, 4)))
        {
            text.Append(header).Append('\n');
            if (Chance(0.7))
            {
                text.Append(Key("aws_access_key_id")).Append(Delimiter()).Append(Pick(["AKIDFILE", "AKIDOTHER", ""])).Append('\n');
            }
            if (Chance(0.6))
            {
                text.Append(Key("aws_secret_access_key")).Append(Delimiter()).Append(Pick(["file-secret", "s e c r e t"])).Append('\n');
            }
            if (Chance(0.3))
            {
                text.Append(Key(Pick(["aws_session_token", "aws_security_token"]))).Append(Delimiter()).Append("file-token\n");
            }
            if (Chance(0.3))
            {
                ConfigLine(text, new HashSet<string>(["aws_access_key_id", "aws_secret_access_key", "aws_session_token", "aws_security_token"]));
            }
            MaybeMalformed(text);
        }
        return text.ToString();
    }

    /// <summary>
    /// Up to <paramref name="count"/> headers naming distinct sections (a repeated section is configparser's
    /// DuplicateSectionError, which <see cref="MaybeMalformed"/> produces on purpose, rarely).
    /// </summary>
    private IEnumerable<string> Headers(string[] pool, int count)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string header = Pick(pool);
            // configparser's section name runs from the first '[' to the last ']' on the line.
            if (names.Add(header[1..header.LastIndexOf(']')]))
            {
                yield return header;
            }
        }
    }

    /// <summary>One option line or block; <paramref name="used"/> keeps option names distinct (configparser lower-cases them).</summary>
    private void ConfigLine(StringBuilder text, HashSet<string> used)
    {
        double roll = _random.NextDouble();
        if (roll < 0.15)
        {
            string block = Pick(s_nestedBlocks);
            if (used.Add(block[..block.IndexOf('=')].Trim().ToLowerInvariant()))
            {
                text.Append(block).Append('\n');
            }
            return;
        }
        if (roll < 0.2)
        {
            if (used.Add("credential_process"))
            {
                text.Append("credential_process").Append(Delimiter()).Append(Pick(s_credentialProcesses)).Append('\n');
            }
            return;
        }
        var (key, values) = Pick(s_configKeys);
        if (!used.Add(key))
        {
            return;
        }
        text.Append(Key(key)).Append(Delimiter()).Append(Pick(values));
        if (Chance(0.05))
        {
            // A continuation line joins the value with a newline.
            text.Append("\n  continued");
        }
        if (Chance(0.05))
        {
            // configparser has no inline comments by default: this stays part of the value.
            text.Append(" # not a comment");
        }
        text.Append('\n');
        MaybeComment(text);
    }

    private void MaybeComment(StringBuilder text)
    {
        if (Chance(0.1))
        {
            text.Append(Pick(["# a comment\n", "; another\n", "\n", "   \n", "  # indented\n"]));
        }
    }

    private void MaybeMalformed(StringBuilder text)
    {
        if (Chance(0.02))
        {
            text.Append(Pick(["this line has no delimiter\n", "region = a\nregion = b\n", "[default]\n[default]\n", "= no key\n",
                "nested =\n  good = 1\n  bad line here\n", "nested=\n colon:delimited\n"]));
        }
    }

    // configparser lower-cases option names, so upper-case keys must still be found.
    private string Key(string key) => Chance(0.08) ? (Chance(0.5) ? key.ToUpperInvariant() : char.ToUpperInvariant(key[0]) + key[1..]) : key;

    private string Delimiter() => Pick([" = ", " = ", "=", ": ", " : ", " =  "]);

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
