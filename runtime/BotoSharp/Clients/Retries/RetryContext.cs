using BotoSharp.Http;
using BotoSharp.Models;

namespace BotoSharp.Clients.Retries;

/// <summary>
/// botocore's <c>RetryContext</c>: one attempt's outcome as the retry checks see it — the response and its parsed
/// form, or the exception that stood in for a response — plus metadata the checks add for <c>ResponseMetadata</c>.
/// </summary>
internal sealed class RetryContext
{
    // Made on the first fact: most attempts record none.
    private Dictionary<string, object?>? _metadata;
    private readonly Dictionary<string, object?>? _parsedResponse;
    // The call whose attempt this is, when it is asked directly: its parsed dictionary is built only if a check needs it.
    private readonly Stages.ApiCall? _call;

    public RetryContext(int attemptNumber, OperationModel? operation, AwsResponse? httpResponse, Dictionary<string, object?>? parsedResponse,
        Exception? caughtException, Dictionary<string, object?> requestContext)
    {
        AttemptNumber = attemptNumber;
        Operation = operation;
        HttpResponse = httpResponse;
        _parsedResponse = parsedResponse;
        CaughtException = caughtException;
        RequestContext = requestContext;
    }

    /// <summary>The last attempt of <paramref name="call"/>, as the arguments of its <c>needs-retry</c> would give it.</summary>
    public RetryContext(int attemptNumber, Stages.ApiCall call)
        : this(attemptNumber, call.Operation, call.Response, null, call.AttemptError, call.Request!.Context)
    {
        _call = call.Response is null ? null : call;
    }

    public int AttemptNumber { get; }

    public OperationModel? Operation { get; }

    public AwsResponse? HttpResponse { get; }

    /// <summary>botocore's <c>parsed_response</c>; null when the attempt got no response.</summary>
    public Dictionary<string, object?>? ParsedResponse => _call is null ? _parsedResponse : _call.Parsed;

    // A typed success whose dictionary nobody built: it would hold ResponseMetadata alone, so there is no Error to read.
    private bool ParsedIsDeferredSuccess => _call is { ParsedIsDeferred: true };

    public Exception? CaughtException { get; }

    /// <summary>The call's <c>request_context</c> (the <c>retries</c> entry and the quota cost live there).</summary>
    public Dictionary<string, object?> RequestContext { get; }

    /// <summary>The needs-retry arguments as botocore's <c>RetryEventAdapter.create_retry_context</c> reads them.</summary>
    public static RetryContext FromEvent(IDictionary<string, object?> kwargs)
    {
        AwsResponse? http = null;
        Dictionary<string, object?>? parsed = null;
        if (kwargs.TryGetValue("response", out var response) && response is ValueTuple<AwsResponse, Dictionary<string, object?>> (var h, var p))
        {
            (http, parsed) = (h, p);
        }
        var requestContext = kwargs.TryGetValue("request_dict", out var request) && request is AwsRequest awsRequest
            ? awsRequest.Context
            : new Dictionary<string, object?>(StringComparer.Ordinal);
        return new RetryContext(Convert.ToInt32(kwargs["attempts"], System.Globalization.CultureInfo.InvariantCulture),
            kwargs.TryGetValue("operation", out var op) ? op as OperationModel : null, http, parsed,
            kwargs.TryGetValue("caught_exception", out var error) ? error as Exception : null, requestContext);
    }

    /// <summary>botocore's <c>get_error_code</c>: <c>Error.Code</c> of the parsed response, else null.</summary>
    public string? ErrorCode =>
        !ParsedIsDeferredSuccess && ParsedResponse is not null && ParsedResponse.TryGetValue("Error", out var error) && error is IDictionary<string, object?> map
            && map.TryGetValue("Code", out var code) ? code as string : null;

    /// <summary>Records a fact for <c>ResponseMetadata</c> (<c>MaxAttemptsReached</c>, <c>RetryQuotaReached</c>).</summary>
    public void AddRetryMetadata(string key, object? value) => (_metadata ??= new(StringComparer.Ordinal))[key] = value;

    /// <summary>botocore's <c>adapt_retry_response_from_context</c>: the recorded facts go into the parsed response.</summary>
    public void CopyMetadataToResponse()
    {
        // A deferred typed success has its ResponseMetadata already: with nothing to copy there is nothing to do.
        if ((_metadata is null && ParsedIsDeferredSuccess) || ParsedResponse is null)
        {
            return;
        }
        if (!ParsedResponse.TryGetValue("ResponseMetadata", out var existing) || existing is not Dictionary<string, object?> metadata)
        {
            metadata = new Dictionary<string, object?>(StringComparer.Ordinal);
            ParsedResponse["ResponseMetadata"] = metadata;
        }
        if (_metadata is null)
        {
            return;
        }
        foreach (var (key, value) in _metadata)
        {
            metadata[key] = value;
        }
    }

    /// <summary>botocore's <c>MaxAttemptsChecker</c> side effect: <c>retries['max']</c> becomes the largest max seen.</summary>
    public void RecordMaxAttempts(int maxAttempts)
    {
        if (RequestContext.TryGetValue("retries", out var value) && value is Dictionary<string, object?> { Count: > 0 } retries)
        {
            var current = retries.TryGetValue("max", out var max) && max is int m ? m : 0;
            retries["max"] = Stages.BoxedValues.Of(Math.Max(current, maxAttempts));
        }
    }
}
