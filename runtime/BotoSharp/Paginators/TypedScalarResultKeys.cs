namespace BotoSharp.Paginators;

/// <summary>A string result key: blanked on a resumed first page, concatenated across pages.</summary>
internal sealed class TypedTextResultKey<TPage>(string path, Func<TPage, string?> get, Action<TPage, string?> set) : TypedResultKey<TPage>(path)
{
    internal override void BlankForResume(TPage page) => set(page, get(page) is null ? null : string.Empty);

    internal override void Aggregate(TPage complete, TPage page)
    {
        if (get(page) is { } value)
        {
            set(complete, get(complete) is { } existing ? existing + value : value);
        }
    }
}

/// <summary>An integer result key: kept on a resumed first page (the server's figure), summed across pages.</summary>
internal sealed class TypedIntegerResultKey<TPage>(string path, Func<TPage, long?> get, Action<TPage, long?> set) : TypedResultKey<TPage>(path)
{
    internal override void BlankForResume(TPage page) => set(page, get(page));

    internal override void Aggregate(TPage complete, TPage page)
    {
        if (get(page) is { } value)
        {
            set(complete, get(complete) is { } existing ? existing + value : value);
        }
    }
}
