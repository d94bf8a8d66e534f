namespace BotoSharp.Configuration;

/// <summary>botocore's <c>ConstantProvider</c>: always the same value (a default).</summary>
/// <param name="value">The value; null means the provider never answers.</param>
public sealed class ConstantProvider(object? value) : ConfigProvider
{
    /// <summary>The constant.</summary>
    public object? Value { get; } = value;

    /// <inheritdoc/>
    public override object? Provide() => Value;

    /// <inheritdoc/>
    public override ConfigProvider DeepCopy() => new ConstantProvider(ConfigValues.DeepCopy(Value));

    /// <inheritdoc/>
    public override string ToString() => $"ConstantProvider(value={Value})";
}
