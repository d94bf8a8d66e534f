namespace BotoSharp.Configuration;

/// <summary>
/// A session's default chains, for its <see cref="LazyChainTable"/>: one chain per variable of the table and the
/// <c>s3</c>/<c>proxies_config</c> sections, built on request, or read straight from the same sources.
/// </summary>
/// <param name="factory">Builds and reads the chains.</param>
/// <param name="table">The session's variable table.</param>
/// <param name="source">The session, whose scoped config holds the sections.</param>
internal sealed class SessionDefaultChains(ConfigChainFactory factory, IReadOnlyDictionary<string, SessionVariable> table, IConfigSource source)
    : ILazyChainSource
{
    // Made on the first section read and kept: every client reads s3 and proxies_config.
    private Func<string, SessionVariable, object?>? _readAsChain;

    /// <inheritdoc />
    public ConfigProvider Build(string logicalName) => logicalName switch
    {
        "s3" => new SectionConfigProvider("s3", source, SessionVariables.Chains(factory, SessionVariables.S3Table)),
        "proxies_config" => new SectionConfigProvider("proxies_config", source, SessionVariables.Chains(factory, SessionVariables.ProxiesConfigTable)),
        _ => factory.CreateConfigChain(logicalName, table[logicalName]),
    };

    /// <inheritdoc />
    public object? Read(string logicalName) => logicalName switch
    {
        "s3" => SectionConfigProvider.Compose(source.GetScopedConfig().GetValueOrDefault("s3"), SessionVariables.S3Table, ReadAsChain()),
        "proxies_config" => SectionConfigProvider.Compose(source.GetScopedConfig().GetValueOrDefault("proxies_config"), SessionVariables.ProxiesConfigTable, ReadAsChain()),
        _ => table.TryGetValue(logicalName, out var variable) ? factory.ReadAsChain(logicalName, variable) : null,
    };

    private Func<string, SessionVariable, object?> ReadAsChain() => _readAsChain ??= factory.ReadAsChain;
}
