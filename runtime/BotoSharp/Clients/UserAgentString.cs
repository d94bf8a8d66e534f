using System.Runtime.InteropServices;
using System.Text;

namespace BotoSharp.Clients;

/// <summary>
/// The wire <c>User-Agent</c> in botocore's format (<c>botocore/useragent.py</c>): space-joined components
/// <c>BotoSharp/&lt;ver&gt; ua/2.1 os/&lt;platform&gt;#&lt;release&gt; md/arch#&lt;arch&gt; lang/dotnet#&lt;ver&gt;</c>,
/// then <c>exec-env/…</c>, <c>m/&lt;features&gt;</c>, <c>cfg/retry-mode#…</c>, <c>app/…</c> and the extras.
/// BotoSharp names itself where botocore writes <c>Botocore</c>, and <c>lang/dotnet</c> where it writes python.
/// </summary>
public sealed class UserAgentString
{
    // Every property is init-only, so the string without feature codes (sent on every request) never changes.
    private string? _withoutFeatures;

    private static readonly string s_platformPart = BuildPlatformPart();

    /// <summary>The SDK name, <c>BotoSharp</c> unless the session's user-agent name was changed.</summary>
    public string SdkName { get; init; } = "BotoSharp";

    /// <summary>The SDK version.</summary>
    public string SdkVersion { get; init; } = typeof(UserAgentString).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The value of <c>AWS_EXECUTION_ENV</c>, if set.</summary>
    public string? ExecutionEnv { get; init; }

    /// <summary>The retry mode (<c>cfg/retry-mode#…</c>).</summary>
    public string? RetryMode { get; init; }

    /// <summary>The application id (<c>app/…</c>, from <c>user_agent_appid</c>).</summary>
    public string? AppId { get; init; }

    /// <summary>The session's <c>user_agent_extra</c>, appended raw.</summary>
    public string? SessionExtra { get; init; }

    /// <summary>The client config's <c>user_agent_extra</c>, appended raw.</summary>
    public string? ClientExtra { get; init; }

    /// <summary>A full override (<c>ClientConfig.UserAgent</c>): botocore then sends the legacy form.</summary>
    public string? Override { get; init; }

    /// <summary>Renders the header value, with the feature codes collected during the call (<c>m/…</c>).</summary>
    public string ToString(IReadOnlyCollection<string>? featureCodes)
    {
        if (Override is not null)
        {
            return Join(Override, SessionExtra, ClientExtra);
        }
        var builder = new StringBuilder(160);
        builder.Append(Sanitize(SdkName)).Append('/').Append(Sanitize(SdkVersion)).Append(" ua/2.1 ").Append(s_platformPart);
        if (!string.IsNullOrEmpty(ExecutionEnv))
        {
            builder.Append(" exec-env/").Append(Sanitize(ExecutionEnv));
        }
        if (featureCodes is { Count: > 0 })
        {
            builder.Append(" m/").Append(string.Join(',', featureCodes.Select(Sanitize)));
        }
        if (!string.IsNullOrEmpty(RetryMode))
        {
            builder.Append(" cfg/retry-mode#").Append(Sanitize(RetryMode));
        }
        if (!string.IsNullOrEmpty(AppId))
        {
            builder.Append(" app/").Append(Sanitize(AppId));
        }
        return Join(builder.ToString(), SessionExtra, ClientExtra);
    }

    /// <inheritdoc />
    public override string ToString() => _withoutFeatures ??= ToString(null);

    private static string Join(string head, string? sessionExtra, string? clientExtra)
    {
        var result = head;
        if (!string.IsNullOrEmpty(sessionExtra))
        {
            result += " " + sessionExtra;
        }
        if (!string.IsNullOrEmpty(clientExtra))
        {
            result += " " + clientExtra;
        }
        return result;
    }

    // botocore replaces every character outside ASCII alphanumerics and !$%&'*+-.^_`|~, (and # in values) with '-'.
    private static string Sanitize(string value)
    {
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (!(char.IsAsciiLetterOrDigit(c) || "!$%&'*+-.^_`|~,#".Contains(c)))
            {
                chars[i] = '-';
            }
        }
        return new string(chars);
    }

    private static string BuildPlatformPart()
    {
        var os = OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos"
            : OperatingSystem.IsAndroid() ? "android" : OperatingSystem.IsIOS() ? "ios" : OperatingSystem.IsWatchOS() ? "watchos"
            : OperatingSystem.IsTvOS() ? "tvos" : "other";
        var release = Sanitize(Environment.OSVersion.Version.ToString());
        var arch = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x86_64",
            Architecture.Arm64 => "arm64",
            Architecture.X86 => "x86",
            Architecture.Arm => "arm",
            var other => other.ToString().ToLowerInvariant(),
        };
        var lang = Sanitize(Environment.Version.ToString());
        return $"os/{os}#{release} md/arch#{arch} lang/dotnet#{lang}";
    }
}
