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
        // Every session builds these on its first reads: one exact-size list the chain takes over, no iterators.
        var instance = instanceName is not null && Allows("instance");
        var envs = envVarNames is not null && Allows("env") ? envVarNames : Array.Empty<string>();
        var keys = configPropertyNames is not null && Allows("config") ? configPropertyNames : Array.Empty<ConfigKey>();
        var providers = new List<ConfigProvider>((instance ? 1 : 0) + envs.Count + keys.Count + (defaultValue is null ? 0 : 1));
        if (instance)
        {
            providers.Add(new InstanceVarProvider(instanceName!, source));
        }
        for (var i = 0; i < envs.Count; i++)
        {
            providers.Add(new EnvironmentProvider(envs[i], environment));
        }
        for (var i = 0; i < keys.Count; i++)
        {
            providers.Add(new ScopedConfigProvider(keys[i], source));
        }
        if (defaultValue is not null)
        {
            providers.Add(new ConstantProvider(defaultValue));
        }
        return ChainProvider.Over(providers, converter);
    }

    /// <summary>Builds the chain a <see cref="SessionVariable"/> describes, named <paramref name="logicalName"/>.</summary>
    public ChainProvider CreateConfigChain(string logicalName, SessionVariable variable) =>
        CreateConfigChain(logicalName, variable.EnvVars, variable.ConfigKeys, variable.DefaultValue, variable.Converter);

    /// <summary>
    /// What the chain <see cref="CreateConfigChain(string, SessionVariable)"/> builds would provide now, without
    /// building it: the first non-null of instance variable, environment variables, profile keys and default, through
    /// the converter (its errors included).
    /// </summary>
    /// <exception cref="Errors.ProfileNotFound">A profile key is consulted and the configured profile does not exist.</exception>
    public object? ReadAsChain(string logicalName, SessionVariable variable)
    {
        object? value = Allows("instance") ? source.GetInstanceVariable(logicalName) : null;
        if (value is null && variable.EnvArray is { } names && Allows("env"))
        {
            for (var i = 0; i < names.Length && value is null; i++)
            {
                value = environment.TryGetValue(names[i], out var text) ? text : null;
            }
        }
        else if (value is null && variable.EnvArray is null && variable.EnvVars is { } envs && Allows("env"))
        {
            for (var i = 0; i < envs.Count && value is null; i++)
            {
                value = environment.TryGetValue(envs[i], out var text) ? text : null;
            }
        }
        // Each of the chain's profile providers reads the scoped config; it is the same dictionary every time.
        if (value is null && variable.KeyArray is { Length: > 0 } keys && Allows("config"))
        {
            var scoped = source.GetScopedConfig();
            for (var i = 0; i < keys.Length && value is null; i++)
            {
                value = keys[i].ReadFrom(scoped);
            }
        }
        else if (value is null && variable.KeyArray is null && variable.ConfigKeys is { Count: > 0 } list && Allows("config"))
        {
            var scoped = source.GetScopedConfig();
            for (var i = 0; i < list.Count && value is null; i++)
            {
                value = list[i].ReadFrom(scoped);
            }
        }
        value ??= variable.DefaultValue;
        return value is null || variable.Converter is null ? value : variable.Converter(value);
    }

    private bool Allows(string method) => Methods is null || Methods.Contains(method);
}
