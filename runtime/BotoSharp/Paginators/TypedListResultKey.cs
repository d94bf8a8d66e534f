namespace BotoSharp.Paginators;

/// <summary>A list result key read and written by generated member access.</summary>
internal sealed class TypedListResultKey<TPage, TItem> : TypedResultKey<TPage>
{
    private readonly Func<TPage, List<TItem>?> _get;
    private readonly Action<TPage, List<TItem>?> _set;

    public TypedListResultKey(string path, Func<TPage, List<TItem>?> get, Action<TPage, List<TItem>?> set)
        : base(path)
    {
        _get = get ?? throw new ArgumentNullException(nameof(get));
        _set = set ?? throw new ArgumentNullException(nameof(set));
    }

    internal override int Count(TPage page) => _get(page)?.Count ?? 0;

    // Clamped as the dictionary iterator slices, so both paths agree on any truncate amount a token carries.
    internal override void Skip(TPage page, long count)
    {
        var list = _get(page);
        int from = list is null ? 0 : (int)Math.Clamp(count, 0, list.Count);
        _set(page, list?.GetRange(from, list.Count - from));
    }

    internal override void Keep(TPage page, long count) =>
        _set(page, _get(page) is { } list ? list.GetRange(0, (int)Math.Clamp(count, 0, list.Count)) : new List<TItem>());

    internal override void BlankForResume(TPage page) => _set(page, _get(page) is null ? null : new List<TItem>());

    internal override void Aggregate(TPage complete, TPage page)
    {
        if (_get(page) is not { } items)
        {
            return;
        }
        if (_get(complete) is { } existing)
        {
            existing.AddRange(items);
        }
        else
        {
            _set(complete, new List<TItem>(items));
        }
    }
}
