namespace BotoSharp.Extensions.Hosting;

/// <summary>
/// The <c>"AWS"</c> configuration section, in the shape users of <c>AWSSDK.Extensions.NETCore.Setup</c> know
/// (<c>Profile</c>, <c>Region</c>, <c>ProfilesLocation</c>, <c>ServiceURL</c>…), mapped onto botocore's session
/// variables and client config. Unset values fall through to botocore's usual chain (environment, config files).
/// </summary>
public sealed class BotoSharpOptions
{
    /// <summary>The profile to use (botocore's <c>profile</c>); null means <c>AWS_PROFILE</c> or <c>default</c>.</summary>
    public string? Profile { get; set; }

    /// <summary>The region (botocore's <c>region</c>).</summary>
    public string? Region { get; set; }

    /// <summary>The shared credentials file (botocore's <c>credentials_file</c>, <c>AWS_SHARED_CREDENTIALS_FILE</c>).</summary>
    public string? ProfilesLocation { get; set; }

    /// <summary>The shared config file (botocore's <c>config_file</c>, <c>AWS_CONFIG_FILE</c>).</summary>
    public string? ConfigLocation { get; set; }

    /// <summary>The endpoint URL every client calls (botocore's <c>endpoint_url</c>), e.g. a local emulator.</summary>
    public string? ServiceURL { get; set; }

    /// <summary>botocore's <c>retries.mode</c>: <c>legacy</c>, <c>standard</c> or <c>adaptive</c>.</summary>
    public string? RetryMode { get; set; }

    /// <summary>botocore's <c>retries.max_attempts</c>: attempts in all, the first included.</summary>
    public int? MaxAttempts { get; set; }

    /// <summary>botocore's <c>connect_timeout</c>, in seconds.</summary>
    public double? ConnectTimeout { get; set; }

    /// <summary>botocore's <c>read_timeout</c>, in seconds.</summary>
    public double? ReadTimeout { get; set; }

    /// <summary>botocore's <c>defaults_mode</c> (<c>legacy</c>, <c>standard</c>, <c>auto</c>…).</summary>
    public string? DefaultsMode { get; set; }
}
