using BotoSharp.Clients;

namespace BotoSharp.Paginators;

/// <summary>The resumed first page, the non-aggregate part and <c>build_full_result</c>, on typed pages.</summary>
internal sealed partial class TypedPlanPages<TRequest, TPage>
{
    public override async Task<TPage> BuildFullResultAsync(CancellationToken cancellationToken)
    {
        var complete = TPage.FromParsed(s_empty);
        await foreach (var page in EnumerateAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var key in _plan.ResultKeys)
            {
                key.Aggregate(complete, page);
            }
        }
        if (_nonAggregatePart is { } part)
        {
            _plan.CopyNonAggregateKeys?.Invoke(part, complete);
        }
        if (_resumeToken is { } resume)
        {
            _plan.SetNextToken?.Invoke(complete, resume);
        }
        return complete;
    }

    // botocore's _handle_first_request: the primary key loses the items the token already returned, the others blank.
    private void HandleFirstRequest(TPage page, long startingTruncation)
    {
        _plan.ResultKeys[0].Skip(page, startingTruncation);
        for (int i = 1; i < _plan.ResultKeys.Count; i++)
        {
            _plan.ResultKeys[i].BlankForResume(page);
        }
    }

    // botocore's _record_non_aggregate_key_values: the first page's values, kept apart from the page the caller gets.
    private void RecordNonAggregateKeys(TPage page)
    {
        var part = TPage.FromParsed(s_empty);
        _plan.CopyNonAggregateKeys?.Invoke(page, part);
        _nonAggregatePart = part;
    }
}
