namespace BotoSharp.Configuration;

/// <summary>botocore's <c>InstanceVarProvider</c>: a session instance variable (set with <c>SetConfigVariable</c>).</summary>
/// <param name="name">The instance variable name.</param>
/// <param name="source">The session.</param>
public sealed class InstanceVarProvider(string name, IConfigSource source) : ConfigProvider
{
    /// <summary>The instance variable name.</summary>
    public string Name { get; } = name;

    /// <inheritdoc/>
    public override object? Provide() => source.GetInstanceVariable(Name);

    /// <inheritdoc/>
    public override ConfigProvider DeepCopy() => new InstanceVarProvider(Name, source);

    /// <inheritdoc/>
    public override string ToString() => $"InstanceVarProvider(instance_var={Name})";
}
