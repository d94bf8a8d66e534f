namespace BotoSharp.Paginators;

/// <summary>
/// A <c>result_key</c> of a typed pagination plan, compiled to member access on the output type: what botocore's
/// <c>PageIterator</c> does to a result key (count, slice, blank on resume, aggregate) done on the typed page.
/// Build one with <see cref="TypedResultKey.List{TPage, TItem}"/>, <see cref="TypedResultKey.Text{TPage}"/> or
/// <see cref="TypedResultKey.Integer{TPage}"/>.
/// </summary>
/// <typeparam name="TPage">The operation's generated output type.</typeparam>
public abstract class TypedResultKey<TPage>
{
    private protected TypedResultKey(string path)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
    }

    /// <summary>The member path (botocore's result key expression).</summary>
    public string Path { get; }

    /// <summary>The number of items on <paramref name="page"/> (0 when absent); only the primary key, a list, is counted.</summary>
    internal virtual int Count(TPage page) => throw new InvalidOperationException($"Result key {Path} is not a list.");

    /// <summary>botocore's <c>all_data[starting_truncation:]</c> on the first page of a resumed run (absent becomes null).</summary>
    internal virtual void Skip(TPage page, long count) => throw new InvalidOperationException($"Result key {Path} is not a list.");

    /// <summary>botocore's <c>original[:amount_to_keep]</c> on the page MaxItems ends in (absent becomes empty).</summary>
    internal virtual void Keep(TPage page, long count) => throw new InvalidOperationException($"Result key {Path} is not a list.");

    /// <summary>botocore's secondary keys on a resumed first page: a list empties, a string blanks, a number stays.</summary>
    internal abstract void BlankForResume(TPage page);

    /// <summary>botocore's <c>build_full_result</c> step: adds <paramref name="page"/>'s value to <paramref name="complete"/>.</summary>
    internal abstract void Aggregate(TPage complete, TPage page);
}

/// <summary>Builds the result keys generated plans use.</summary>
public static class TypedResultKey
{
    /// <summary>A list member: counted, sliced, joined across pages.</summary>
    public static TypedResultKey<TPage> List<TPage, TItem>(string path, Func<TPage, List<TItem>?> get, Action<TPage, List<TItem>?> set) =>
        new TypedListResultKey<TPage, TItem>(path, get, set);

    /// <summary>A string member: blanked on a resumed first page, concatenated across pages.</summary>
    public static TypedResultKey<TPage> Text<TPage>(string path, Func<TPage, string?> get, Action<TPage, string?> set) =>
        new TypedTextResultKey<TPage>(path, get, set);

    /// <summary>An integer member (DynamoDB's <c>Count</c>): kept on a resumed first page, summed across pages.</summary>
    public static TypedResultKey<TPage> Integer<TPage>(string path, Func<TPage, long?> get, Action<TPage, long?> set) =>
        new TypedIntegerResultKey<TPage>(path, get, set);
}
