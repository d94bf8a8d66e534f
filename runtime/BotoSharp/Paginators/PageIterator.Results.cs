using System.Collections;
using System.Runtime.CompilerServices;
using BotoSharp.JmesPath;

namespace BotoSharp.Paginators;

/// <summary><c>build_full_result</c> and <c>search</c> over the pages.</summary>
public sealed partial class PageIterator
{
    /// <summary>
    /// botocore's <c>build_full_result</c>: every result key aggregated over all pages (lists joined, numbers summed,
    /// strings concatenated), the first page's non-aggregate keys, and <c>NextToken</c> when MaxItems stopped early.
    /// </summary>
    public async Task<Dictionary<string, object?>> BuildFullResultAsync(CancellationToken cancellationToken = default)
    {
        var complete = new Dictionary<string, object?>(StringComparer.Ordinal);
        await foreach (var page in WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var key in ResultKeys)
            {
                var value = key.Search(page);
                if (value is null)
                {
                    continue;
                }
                var existing = key.Search(complete);
                if (existing is null)
                {
                    JmesPathSetter.Set(complete, key.Expression, value is IList list ? list.Cast<object?>().ToList() : value);
                    continue;
                }
                if (value is IList items && existing is IList target)
                {
                    foreach (var item in items)
                    {
                        target.Add(item);
                    }
                }
                else if (Add(existing, value) is { } combined)
                {
                    JmesPathSetter.Set(complete, key.Expression, combined);
                }
            }
        }
        MergeDicts(complete, NonAggregatePart);
        if (ResumeToken is not null)
        {
            complete["NextToken"] = ResumeToken;
        }
        return complete;
    }

    /// <summary>botocore's <c>search</c>: the expression over each page, list results flattened into single items.</summary>
    public async IAsyncEnumerable<object?> Search(string expression, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var compiled = JmesPathExpression.Compile(expression);
        await foreach (var page in WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var results = compiled.Search(page);
            if (results is IList list && results is not byte[])
            {
                foreach (var item in list)
                {
                    yield return item;
                }
            }
            else
            {
                yield return results;
            }
        }
    }

    private ConfiguredCancelableAsyncEnumerable<Dictionary<string, object?>> WithCancellation(CancellationToken cancellationToken) =>
        ((IAsyncEnumerable<Dictionary<string, object?>>)this).WithCancellation(cancellationToken);

    private static object? Add(object existing, object value) => (existing, value) switch
    {
        (string a, string b) => a + b,
        _ when JmesPathValues.IsInteger(existing) && JmesPathValues.IsInteger(value) => JmesPathValues.ToLong(existing) + JmesPathValues.ToLong(value),
        _ when JmesPathValues.IsNumber(existing) && JmesPathValues.IsNumber(value) => JmesPathValues.ToDouble(existing) + JmesPathValues.ToDouble(value),
        _ => null,
    };

    private static void MergeDicts(Dictionary<string, object?> target, Dictionary<string, object?> source)
    {
        foreach (var (key, value) in source)
        {
            if (value is Dictionary<string, object?> inner && target.TryGetValue(key, out var existing) && existing is Dictionary<string, object?> targetInner)
            {
                MergeDicts(targetInner, inner);
            }
            else
            {
                target[key] = value;
            }
        }
    }
}
