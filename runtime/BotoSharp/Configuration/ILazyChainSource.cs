namespace BotoSharp.Configuration;

/// <summary>What a <see cref="LazyChainTable"/> builds its providers from and reads its values through.</summary>
internal interface ILazyChainSource
{
    /// <summary>Builds the provider of one of the table's names.</summary>
    ConfigProvider Build(string logicalName);

    /// <summary>
    /// What the provider <see cref="Build"/> makes would provide now, without making it (same sources, same order,
    /// same converter and errors), and null for a name not in the table.
    /// </summary>
    object? Read(string logicalName);
}
