namespace BotoSharp.Configuration;

/// <summary>botocore's <c>EnvironmentProvider</c>: one environment variable, read at each lookup.</summary>
/// <param name="name">The variable name (case-sensitive).</param>
/// <param name="environment">The environment map the session reads.</param>
public sealed class EnvironmentProvider(string name, IReadOnlyDictionary<string, string> environment) : ConfigProvider
{
    /// <summary>The variable name.</summary>
    public string Name { get; } = name;

    /// <inheritdoc/>
    public override object? Provide() => environment.TryGetValue(Name, out var value) ? value : null;

    /// <inheritdoc/>
    public override ConfigProvider DeepCopy() => new EnvironmentProvider(Name, environment);

    /// <inheritdoc/>
    public override string ToString() => $"EnvironmentProvider(name={Name})";
}
