namespace BotoSharp.UserAgents;

/// <summary>
/// botocore's feature ids (<c>_USERAGENT_FEATURE_MAPPINGS</c>) and the short codes written in the
/// <c>m/</c> component of the User-Agent header.
/// </summary>
public static class UserAgentFeatures
{
    private static readonly Dictionary<string, string> s_codes = new(StringComparer.Ordinal)
    {
        ["WAITER"] = "B", ["PAGINATOR"] = "C", ["RETRY_MODE_LEGACY"] = "D", ["RETRY_MODE_STANDARD"] = "E",
        ["RETRY_MODE_ADAPTIVE"] = "F", ["S3_TRANSFER"] = "G", ["GZIP_REQUEST_COMPRESSION"] = "L",
        ["PROTOCOL_RPC_V2_CBOR"] = "M", ["ENDPOINT_OVERRIDE"] = "N", ["ACCOUNT_ID_MODE_PREFERRED"] = "P",
        ["ACCOUNT_ID_MODE_DISABLED"] = "Q", ["ACCOUNT_ID_MODE_REQUIRED"] = "R", ["SIGV4A_SIGNING"] = "S",
        ["RESOLVED_ACCOUNT_ID"] = "T", ["FLEXIBLE_CHECKSUMS_REQ_CRC32"] = "U", ["FLEXIBLE_CHECKSUMS_REQ_CRC32C"] = "V",
        ["FLEXIBLE_CHECKSUMS_REQ_CRC64"] = "W", ["FLEXIBLE_CHECKSUMS_REQ_SHA1"] = "X", ["FLEXIBLE_CHECKSUMS_REQ_SHA256"] = "Y",
        ["FLEXIBLE_CHECKSUMS_REQ_WHEN_SUPPORTED"] = "Z", ["FLEXIBLE_CHECKSUMS_REQ_WHEN_REQUIRED"] = "a",
        ["FLEXIBLE_CHECKSUMS_RES_WHEN_SUPPORTED"] = "b", ["FLEXIBLE_CHECKSUMS_RES_WHEN_REQUIRED"] = "c",
        ["CREDENTIALS_CODE"] = "e", ["CREDENTIALS_ENV_VARS"] = "g", ["CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN"] = "h",
        ["CREDENTIALS_STS_ASSUME_ROLE"] = "i", ["CREDENTIALS_STS_ASSUME_ROLE_WEB_ID"] = "k", ["CREDENTIALS_PROFILE"] = "n",
        ["CREDENTIALS_PROFILE_SOURCE_PROFILE"] = "o", ["CREDENTIALS_PROFILE_NAMED_PROVIDER"] = "p",
        ["CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN"] = "q", ["CREDENTIALS_PROFILE_SSO"] = "r", ["CREDENTIALS_SSO"] = "s",
        ["CREDENTIALS_PROFILE_SSO_LEGACY"] = "t", ["CREDENTIALS_SSO_LEGACY"] = "u", ["CREDENTIALS_PROFILE_PROCESS"] = "v",
        ["CREDENTIALS_PROCESS"] = "w", ["CREDENTIALS_BOTO2_CONFIG_FILE"] = "x", ["CREDENTIALS_HTTP"] = "z",
        ["CREDENTIALS_IMDS"] = "0", ["BEARER_SERVICE_ENV_VARS"] = "3", ["CLI_V1_TO_V2_MIGRATION_DEBUG_MODE"] = "-",
        ["CREDENTIALS_PROFILE_LOGIN"] = "AC", ["CREDENTIALS_LOGIN"] = "AD", ["FLEXIBLE_CHECKSUMS_REQ_MD5"] = "AE",
        ["FLEXIBLE_CHECKSUMS_REQ_SHA512"] = "AF", ["FLEXIBLE_CHECKSUMS_REQ_XXHASH3"] = "AG",
        ["FLEXIBLE_CHECKSUMS_REQ_XXHASH64"] = "AH", ["FLEXIBLE_CHECKSUMS_REQ_XXHASH128"] = "AI",
    };

    /// <summary>Feature id → code, the whole table.</summary>
    public static IReadOnlyDictionary<string, string> Codes => s_codes;

    /// <summary>The code of a feature id, or null for an unknown id (botocore ignores those).</summary>
    public static string? CodeOf(string featureId) => s_codes.GetValueOrDefault(featureId);

    /// <summary>
    /// botocore's <c>sanitize_user_agent_string_component</c>: characters other than ASCII letters, digits and
    /// <c>!$%&amp;'*+-.^_`|~,</c> (and <c>#</c> when allowed) become <c>-</c>.
    /// </summary>
    public static string Sanitize(string raw, bool allowHash)
    {
        var chars = raw.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            bool allowed = char.IsAsciiLetterOrDigit(c) || "!$%&'*+-.^_`|~,".Contains(c) || (allowHash && c == '#');
            if (!allowed)
            {
                chars[i] = '-';
            }
        }
        return new string(chars);
    }

    /// <summary>
    /// A <c>prefix/name#value</c> component, sanitised (the name without <c>#</c>); an empty value gives
    /// <c>prefix/name</c>. With <paramref name="maxBytes"/>, trailing <paramref name="delimiter"/>-separated parts
    /// are dropped until the UTF-8 size fits (possibly leaving nothing).
    /// </summary>
    public static string Component(string prefix, string name, string? value = null, int? maxBytes = null, char delimiter = ',')
    {
        string text = Sanitize(prefix, true) + "/" + Sanitize(name, false)
            + (string.IsNullOrEmpty(value) ? string.Empty : "#" + Sanitize(value, true));
        if (maxBytes is int max)
        {
            while (System.Text.Encoding.UTF8.GetByteCount(text) > max)
            {
                int cut = text.LastIndexOf(delimiter);
                text = cut < 0 ? string.Empty : text.Substring(0, cut);
            }
        }
        return text;
    }
}
