using System.Collections.Concurrent;

namespace BotoSharp.Configuration;

/// <summary>
/// The session's default providers (one chain per variable of the table, plus the <c>s3</c> and <c>proxies_config</c>
/// sections), each built on its first lookup instead of all at session creation. Built once, the provider is the same
/// object for the session's store and every client store copied from it, so botocore's shared-provider identity
/// (<c>copy.copy</c> of the store) holds. Thread-safe: two first lookups at once keep one provider. A value is read
/// without building anything (<see cref="Read"/>): the chain is made only when someone asks for the provider itself.
/// </summary>
internal sealed class LazyChainTable
{
    // Made on the first provider built: most sessions only read values, which builds none.
    private ConcurrentDictionary<string, ConfigProvider>? _built;
    private readonly IReadOnlyList<string> _names;
    private readonly IReadOnlySet<string> _nameSet;
    private readonly ILazyChainSource _source;

    /// <summary>Creates the table over <paramref name="names"/>, in the order botocore's mapping lists them.</summary>
    /// <param name="names">Every logical name the table answers.</param>
    /// <param name="nameSet">The same names as an ordinal set, made once for <paramref name="names"/> and shared read-only.</param>
    /// <param name="source">Builds each name's provider and reads its value without building it.</param>
    public LazyChainTable(IReadOnlyList<string> names, IReadOnlySet<string> nameSet, ILazyChainSource source)
    {
        _names = names;
        _nameSet = nameSet;
        _source = source;
    }

    /// <summary>The logical names, in mapping order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Whether <paramref name="logicalName"/> is one of the table's names.</summary>
    public bool Contains(string logicalName) => _nameSet.Contains(logicalName);

    /// <summary>The provider of <paramref name="logicalName"/>, built on first use; null for a name not in the table.</summary>
    public ConfigProvider? Get(string logicalName)
    {
        if (_built is { } built && built.TryGetValue(logicalName, out var provider))
        {
            return provider;
        }
        return Contains(logicalName) ? Built().GetOrAdd(logicalName, static (name, source) => source.Build(name), _source) : null;
    }

    /// <summary>
    /// The value of <paramref name="logicalName"/>: its provider's once that is built (it may have been changed since,
    /// e.g. by smart defaults on a copy that shares it), else read straight from the sources; null for a name not in
    /// the table. Every session reads a dozen names per client and most are never asked for as providers.
    /// </summary>
    public object? Read(string logicalName)
    {
        if (_built is { } built && built.TryGetValue(logicalName, out var provider))
        {
            return provider.Provide();
        }
        // The source answers null for a name not in the table itself: one lookup per read instead of two.
        return _source.Read(logicalName);
    }

    private ConcurrentDictionary<string, ConfigProvider> Built()
    {
        if (Volatile.Read(ref _built) is { } built)
        {
            return built;
        }
        Interlocked.CompareExchange(ref _built, new ConcurrentDictionary<string, ConfigProvider>(StringComparer.Ordinal), null);
        return _built!;
    }
}
