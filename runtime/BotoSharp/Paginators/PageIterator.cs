using System.Collections;
using System.Runtime.CompilerServices;
using BotoSharp.Errors;
using BotoSharp.JmesPath;

namespace BotoSharp.Paginators;

/// <summary>
/// botocore's <c>PageIterator</c>: enumerating it calls the operation page by page, following the output tokens,
/// stopping at <c>MaxItems</c> (truncating the last page and leaving a <see cref="ResumeToken"/>) and raising
/// <see cref="PaginationError"/> when the service repeats a token. Each enumeration starts over, as iterating a
/// botocore page iterator again does.
/// </summary>
public sealed partial class PageIterator : IAsyncEnumerable<Dictionary<string, object?>>
{
    private readonly Paginator _paginator;
    private readonly Func<Dictionary<string, object?>, CancellationToken, Task<Dictionary<string, object?>>> _call;
    private readonly Dictionary<string, object?> _kwargs;
    private readonly int? _maxItems;
    private readonly string? _startingToken;
    private readonly object? _pageSize;

    internal PageIterator(Paginator paginator, Func<Dictionary<string, object?>, CancellationToken, Task<Dictionary<string, object?>>> call,
        Dictionary<string, object?> kwargs, int? maxItems, string? startingToken, object? pageSize)
    {
        _paginator = paginator;
        _call = call;
        _kwargs = kwargs;
        _maxItems = maxItems;
        _startingToken = startingToken;
        _pageSize = pageSize;
    }

    /// <summary>The token to resume from where MaxItems stopped (botocore's <c>resume_token</c>), or null.</summary>
    public string? ResumeToken { get; private set; }

    /// <summary>The <c>non_aggregate_keys</c> values of the first page.</summary>
    public Dictionary<string, object?> NonAggregatePart { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>The paginator's result keys.</summary>
    public IReadOnlyList<JmesPathExpression> ResultKeys => _paginator.ResultKeys;

    /// <inheritdoc/>
    public async IAsyncEnumerator<Dictionary<string, object?>> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        var kwargs = new Dictionary<string, object?>(_kwargs, StringComparer.Ordinal);
        Dictionary<string, object?>? previousNextToken = null;
        var nextToken = _paginator.InputTokens.ToDictionary(k => k, _ => (object?)null, StringComparer.Ordinal);
        var (startToken, startTruncation) = _startingToken is null ? (null, 0) : PaginationTokens.Parse(_startingToken, _paginator.InputTokens);
        if (startToken is not null)
        {
            nextToken = startToken;
            InjectToken(kwargs, startToken);
        }
        if (_pageSize is not null)
        {
            kwargs[_paginator.LimitKey!] = _pageSize;
        }
        long totalItems = 0;
        bool firstRequest = true;
        var primary = _paginator.ResultKeys[0];
        while (true)
        {
            var parsed = await _call(new Dictionary<string, object?>(kwargs, StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
            long startingTruncation = 0;
            if (firstRequest)
            {
                if (_startingToken is not null)
                {
                    startingTruncation = startTruncation;
                    HandleFirstRequest(parsed, primary, startTruncation);
                }
                firstRequest = false;
                RecordNonAggregateKeys(parsed);
            }
            var current = primary.Search(parsed);
            long count = current is null ? 0 : Length(current);
            long truncateAmount = _maxItems is int max ? totalItems + count - max : 0;
            if (truncateAmount > 0)
            {
                TruncateResponse(parsed, primary, current, truncateAmount, startingTruncation, nextToken);
                yield return parsed;
                yield break;
            }
            yield return parsed;
            totalItems += count;
            nextToken = NextToken(parsed);
            if (nextToken.Values.All(v => v is null))
            {
                yield break;
            }
            if (_maxItems is int limit && totalItems == limit)
            {
                SetResumeToken(nextToken);
                yield break;
            }
            if (previousNextToken is not null && PaginationTokens.Same(previousNextToken, nextToken))
            {
                throw PaginationTokens.Repeated(nextToken);
            }
            InjectToken(kwargs, nextToken);
            previousNextToken = nextToken;
        }
    }

    private static long Length(object value) => value switch
    {
        string s => PythonStrings.Length(s),
        IList list => list.Count,
        IDictionary<string, object?> map => map.Count,
        _ => throw new PaginationError($"object of type '{Protocols.PythonFormat.TypeName(value)}' has no len()"),
    };

    private static void InjectToken(Dictionary<string, object?> kwargs, Dictionary<string, object?> token)
    {
        foreach (var (name, value) in token)
        {
            if (PaginationTokens.IsSent(value))
            {
                kwargs[name] = value;
            }
            else
            {
                kwargs.Remove(name);
            }
        }
    }

    private Dictionary<string, object?> NextToken(Dictionary<string, object?> parsed)
    {
        var tokens = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (_paginator.MoreResults is { } more && JmesPathValues.Not(more.Search(parsed)))
        {
            return tokens;
        }
        for (int i = 0; i < Math.Min(_paginator.OutputTokens.Count, _paginator.InputTokens.Count); i++)
        {
            var value = _paginator.OutputTokens[i].Search(parsed);
            // botocore drops falsy tokens (an empty string is no token).
            tokens[_paginator.InputTokens[i]] = JmesPathValues.Not(value) ? null : value;
        }
        return tokens;
    }

    private void RecordNonAggregateKeys(Dictionary<string, object?> parsed)
    {
        var part = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var expression in _paginator.NonAggregateKeys)
        {
            JmesPathSetter.Set(part, expression.Expression, expression.Search(parsed));
        }
        NonAggregatePart = part;
    }

    private void SetResumeToken(Dictionary<string, object?> token) =>
        ResumeToken = PaginationTokens.Resume(token, _paginator.InputTokens);
}
