using System.Runtime.CompilerServices;
using BotoSharp.Clients;
using BotoSharp.JmesPath;

namespace BotoSharp.Paginators;

/// <summary>
/// botocore's <c>PageIterator.__iter__</c> over typed pages: each page is one typed call of the operation (the
/// generated operation method, so the typed fast path and its fallback rules apply), tokens and the page size are set
/// on a copy of the request through the plan, and the next token and result keys are read by member access.
/// </summary>
internal sealed partial class TypedPlanPages<TRequest, TPage> : PageSource<TPage>
    where TPage : IResponseShape<TPage>
{
    private static readonly Dictionary<string, object?> s_empty = new(StringComparer.Ordinal);

    private readonly TypedPagination<TRequest, TPage> _plan;
    private readonly TRequest _request;
    private readonly Func<TRequest, CancellationToken, Task<TPage>> _call;
    private readonly int? _maxItems;
    private readonly (Dictionary<string, object?> Token, long Truncation)? _start;
    private readonly int? _pageSize;
    private readonly Lazy<PageIterator> _dictionaryPages;
    private string? _resumeToken;
    private TPage? _nonAggregatePart;

    private TypedPlanPages(TypedPagination<TRequest, TPage> plan, TRequest request, Func<TRequest, CancellationToken, Task<TPage>> call,
        PaginationConfig? config, (Dictionary<string, object?>, long)? start, Func<PageIterator> dictionaryPages)
    {
        _plan = plan;
        _request = request;
        _call = call;
        _maxItems = config?.MaxItems;
        _pageSize = config?.PageSize;
        _start = start;
        _dictionaryPages = new Lazy<PageIterator>(dictionaryPages);
    }

    /// <summary>
    /// The typed pages of <paramref name="request"/> (a copy the caller no longer changes), or null when the starting token cannot be carried by the typed request exactly (a key that is
    /// not an input token, a value of another type, a token botocore rejects): the dictionary paginator then runs it,
    /// so the request sent, or the error raised, is botocore's.
    /// </summary>
    public static TypedPlanPages<TRequest, TPage>? TryCreate(TypedPagination<TRequest, TPage> plan, TRequest request,
        Func<TRequest, CancellationToken, Task<TPage>> call, PaginationConfig? config, Func<PageIterator> dictionaryPages)
    {
        (Dictionary<string, object?>, long)? start = null;
        if (config?.StartingToken is { } startingToken)
        {
            try
            {
                start = PaginationTokens.Parse(startingToken, plan.InputTokens);
            }
            catch (Exception e) when (e is ArgumentException or InvalidCastException or FormatException or OverflowException)
            {
                return null;
            }
            if (!CarriesExactly(plan, request, start.Value.Item1))
            {
                return null;
            }
        }
        return new TypedPlanPages<TRequest, TPage>(plan, request, call, config, start, dictionaryPages);
    }

    public override bool UsesTypedPlan => true;

    public override string? ResumeToken => _resumeToken;

    public override PageIterator Pages => _dictionaryPages.Value;

    public override async IAsyncEnumerable<TPage> EnumerateAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = _plan.Copy(_request);
        Dictionary<string, object?>? previousNextToken = null;
        var nextToken = _plan.InputTokens.ToDictionary(k => k, _ => (object?)null, StringComparer.Ordinal);
        if (_start is { } start)
        {
            nextToken = new Dictionary<string, object?>(start.Token, StringComparer.Ordinal);
            Inject(_plan, request, nextToken);
        }
        if (_pageSize is int size)
        {
            _plan.SetLimit!(request, size);
        }
        long totalItems = 0;
        bool firstRequest = true;
        var primary = _plan.ResultKeys[0];
        while (true)
        {
            var page = await _call(request, cancellationToken).ConfigureAwait(false);
            long startingTruncation = 0;
            if (firstRequest)
            {
                if (_start is { } resumed)
                {
                    startingTruncation = resumed.Truncation;
                    HandleFirstRequest(page, resumed.Truncation);
                }
                firstRequest = false;
                RecordNonAggregateKeys(page);
            }
            long count = primary.Count(page);
            long truncateAmount = _maxItems is int max ? totalItems + count - max : 0;
            if (truncateAmount > 0)
            {
                long keep = count - truncateAmount;
                primary.Keep(page, keep);
                nextToken[PaginationTokens.TruncateKey] = keep + startingTruncation;
                _resumeToken = PaginationTokens.Resume(nextToken, _plan.InputTokens);
                yield return page;
                yield break;
            }
            yield return page;
            totalItems += count;
            nextToken = NextToken(page);
            if (nextToken.Values.All(v => v is null))
            {
                yield break;
            }
            if (_maxItems is int limit && totalItems == limit)
            {
                _resumeToken = PaginationTokens.Resume(nextToken, _plan.InputTokens);
                yield break;
            }
            if (previousNextToken is not null && PaginationTokens.Same(previousNextToken, nextToken))
            {
                throw PaginationTokens.Repeated(nextToken);
            }
            Inject(_plan, request, nextToken);
            previousNextToken = nextToken;
        }
    }

    // botocore's _inject_token_into_kwargs; every key is one of the plan's input tokens (TryCreate checked a starting token).
    private static void Inject(TypedPagination<TRequest, TPage> plan, TRequest request, Dictionary<string, object?> token)
    {
        foreach (var pair in plan.Tokens)
        {
            if (token.TryGetValue(pair.InputName, out var value))
            {
                pair.WriteInput(request, PaginationTokens.IsSent(value) ? value : null);
            }
        }
    }

    // A starting token resumes typed only when setting it on the request and reading it back gives the same values.
    private static bool CarriesExactly(TypedPagination<TRequest, TPage> plan, TRequest request, Dictionary<string, object?> token)
    {
        var probe = plan.Copy(request);
        var names = plan.InputTokens;
        if (token.Keys.Any(k => !names.Contains(k)))
        {
            return false;
        }
        Inject(plan, probe, token);
        return plan.Tokens.All(pair => !token.TryGetValue(pair.InputName, out var value)
            || !PaginationTokens.IsSent(value)
            || JmesPathValues.PythonEquals(pair.ReadInput(probe), value));
    }

    private Dictionary<string, object?> NextToken(TPage page)
    {
        var tokens = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (_plan.ReadMoreResults is { } more && JmesPathValues.Not(more(page)))
        {
            return tokens;
        }
        foreach (var pair in _plan.Tokens)
        {
            var value = pair.ReadOutput(page);
            // botocore drops falsy tokens (an empty string is no token).
            tokens[pair.InputName] = JmesPathValues.Not(value) ? null : value;
        }
        return tokens;
    }
}
