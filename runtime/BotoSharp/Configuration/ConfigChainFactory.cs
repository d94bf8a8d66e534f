namespace BotoSharp.Configuration;

/// <summary>
/// botocore's <c>ConfigChainFactory</c>: builds the usual chain instance variable → environment variables →
/// profile keys → default, leaving out every part that is not given. With <see cref="Methods"/> set it is
/// botocore's <c>SubsetChainConfigFactory</c> and keeps only the named sources (the default always stays).
/// </summary>
/// <param name="source">The session whose instance variables and profile are read.</param>
/// <param name="environment">The environment map.</param>
/// <param name="methods">A subset of <c>instance</c>, <c>env</c>, <c>config</c>, or null for all.</param>
public sealed class ConfigChainFactory(IConfigSource source, IReadOnlyDictionary<string, string> environment, IReadOnlyCollection<string>? methods = null)
{
    /// <summary>The sources kept, or null for all.</summary>
    public IReadOnlyCollection<string>? Methods { get; } = methods;

    /// <summary>Builds a chain for one variable.</summary>
    public ChainProvider CreateConfigChain(
        string? instanceName = null,
        IReadOnlyList<string>? envVarNames = null,
        IReadOnlyList<ConfigKey>? configPropertyNames = null,
        object? defaultValue = null,
        Func<object?, object?>? converter = null)
    {
        var providers = new List<ConfigProvider>();
        if (instanceName is not null && Allows("instance"))
        {
            providers.Add(new InstanceVarProvider(instanceName, source));
        }
        if (envVarNames is not null && Allows("env"))
        {
            providers.AddRange(envVarNames.Select(name => new EnvironmentProvider(name, environment)));
        }
        if (configPropertyNames is not null && Allows("config"))
        {
            providers.AddRange(configPropertyNames.Select(key => new ScopedConfigProvider(key, source)));
        }
        if (defaultValue is not null)
        {
            providers.Add(new ConstantProvider(defaultValue));
        }
        return new ChainProvider(providers, converter);
    }

    /// <summary>Builds the chain a <see cref="SessionVariable"/> describes, named <paramref name="logicalName"/>.</summary>
    public ChainProvider CreateConfigChain(string logicalName, SessionVariable variable) =>
        CreateConfigChain(logicalName, variable.EnvVars, variable.ConfigKeys, variable.DefaultValue, variable.Converter);

    private bool Allows(string method) => Methods is null || Methods.Contains(method);
}
