namespace BotoSharp.Configuration;

/// <summary>Which kind of source answered a configuration lookup.</summary>
public enum ConfigValueOriginKind
{
    /// <summary>No source has a value.</summary>
    Unset,

    /// <summary>An override set on the config store itself (<c>ConfigValueStore.SetConfigVariable</c>).</summary>
    StoreOverride,

    /// <summary>A session instance variable (<c>Session.SetConfigVariable</c>, or the constructor's profile).</summary>
    InstanceVariable,

    /// <summary>An environment variable.</summary>
    EnvironmentVariable,

    /// <summary>A key of the active profile in the shared config or credentials file.</summary>
    ConfigFile,

    /// <summary>botocore's default (or a smart-defaults value).</summary>
    Default,

    /// <summary>A profile sub-section (<c>s3</c>, <c>proxies_config</c>) with its environment overrides.</summary>
    Section,
}

/// <summary>
/// Where a configuration value came from (beyond botocore, which only its code tells): the kind of source, the
/// environment or instance variable name, or the file, profile, key and line.
/// </summary>
/// <param name="Kind">The kind of source.</param>
/// <param name="Value">The value the lookup returned.</param>
/// <param name="Name">The environment variable, instance variable, config key or section name.</param>
/// <param name="FilePath">For <see cref="ConfigValueOriginKind.ConfigFile"/>: the file that holds the key, when found.</param>
/// <param name="Profile">For <see cref="ConfigValueOriginKind.ConfigFile"/>: the profile read.</param>
/// <param name="Line">For <see cref="ConfigValueOriginKind.ConfigFile"/>: the 1-based line of the key, when found.</param>
public sealed record ConfigValueOrigin(ConfigValueOriginKind Kind, object? Value, string? Name = null, string? FilePath = null, string? Profile = null, int? Line = null)
{
    /// <summary>A sentence for people, e.g. <c>environment variable AWS_DEFAULT_REGION</c> or <c>~/.aws/config:12, profile dev, key region</c>.</summary>
    public override string ToString() => Kind switch
    {
        ConfigValueOriginKind.Unset => "nowhere (unset)",
        ConfigValueOriginKind.StoreOverride => $"an override on the config store ('{Name}')",
        ConfigValueOriginKind.InstanceVariable => $"instance variable '{Name}'",
        ConfigValueOriginKind.EnvironmentVariable => $"environment variable {Name}",
        ConfigValueOriginKind.ConfigFile when FilePath is not null =>
            $"{FilePath}{(Line is { } line ? ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}, profile {Profile}, key {Name}",
        ConfigValueOriginKind.ConfigFile => $"config file key {Name}, profile {Profile}",
        ConfigValueOriginKind.Default => "the default",
        _ => $"the profile's '{Name}' section and its override keys",
    };
}
