using System.Collections.Concurrent;

namespace BotoSharp.Configuration;

/// <summary>
/// The session's default providers (one chain per variable of the table, plus the <c>s3</c> and <c>proxies_config</c>
/// sections), each built on its first lookup instead of all at session creation. Built once, the provider is the same
/// object for the session's store and every client store copied from it, so botocore's shared-provider identity
/// (<c>copy.copy</c> of the store) holds. Thread-safe: two first lookups at once keep one provider.
/// </summary>
internal sealed class LazyChainTable
{
    private readonly ConcurrentDictionary<string, ConfigProvider> _built = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _names;
    private readonly Func<string, ConfigProvider> _build;

    /// <summary>Creates the table over <paramref name="names"/>, in the order botocore's mapping lists them.</summary>
    /// <param name="names">Every logical name the table answers.</param>
    /// <param name="build">Builds the provider of one of <paramref name="names"/>.</param>
    public LazyChainTable(IReadOnlyList<string> names, Func<string, ConfigProvider> build)
    {
        _names = names;
        _build = build;
    }

    /// <summary>The logical names, in mapping order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Whether <paramref name="logicalName"/> is one of the table's names.</summary>
    public bool Contains(string logicalName)
    {
        foreach (var name in _names)
        {
            if (string.Equals(name, logicalName, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The provider of <paramref name="logicalName"/>, built on first use; null for a name not in the table.</summary>
    public ConfigProvider? Get(string logicalName)
    {
        if (_built.TryGetValue(logicalName, out var provider))
        {
            return provider;
        }
        return Contains(logicalName) ? _built.GetOrAdd(logicalName, _build) : null;
    }
}
