namespace BotoSharp.Configuration;

/// <summary>
/// botocore's <c>BaseProvider</c>: one way of finding a configuration value. A null result means "not found
/// here", so a chain moves on to its next provider.
/// </summary>
public abstract class ConfigProvider
{
    /// <summary>Looks the value up now (never cached: files, environment and instance variables are read live).</summary>
    public abstract object? Provide();

    /// <summary>
    /// A copy that can be changed without affecting this provider (what <c>copy.deepcopy</c> gives botocore);
    /// it still reads from the same session and environment.
    /// </summary>
    public abstract ConfigProvider DeepCopy();
}
