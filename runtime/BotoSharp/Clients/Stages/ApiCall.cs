using BotoSharp.Errors;
using BotoSharp.Http;
using BotoSharp.Models;
using BotoSharp.Protocols;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// Everything one call carries from stage to stage: botocore's <c>api_params</c>, <c>request_context</c>,
/// <c>request_dict</c> and the last attempt's response or exception.
/// </summary>
internal sealed class ApiCall
{
    public ApiCall(OperationModel operation, OperationPlan plan, Dictionary<string, object?> parameters, Dictionary<string, object?> context)
    {
        Operation = operation;
        Plan = plan;
        Parameters = parameters;
        Context = context;
    }

    /// <summary>The operation being called.</summary>
    public OperationModel Operation { get; }

    /// <summary>The operation's event names and traits, read once per client.</summary>
    public OperationPlan Plan { get; }

    /// <summary>botocore's <c>api_params</c> (a <c>provide-client-params</c> handler may replace them).</summary>
    public Dictionary<string, object?> Parameters { get; set; }

    /// <summary>
    /// The typed request while the call is on the typed fast path; then <see cref="Parameters"/> holds only its
    /// captured top level. Null on the dictionary path (dynamic clients, and typed calls that fell back).
    /// </summary>
    public IRequestShape? TypedRequest { get; set; }

    /// <summary>botocore's <c>request_context</c>, shared by every handler of this call.</summary>
    public Dictionary<string, object?> Context { get; }

    /// <summary>The endpoint the rule set chose for this call.</summary>
    public ResolvedEndpointForCall? Endpoint { get; set; }

    /// <summary>The serializer's output.</summary>
    public SerializedRequest? Serialized { get; set; }

    /// <summary>botocore's <c>request_dict</c>: the request as built once per call; every attempt sends a copy.</summary>
    public AwsRequest? Request { get; set; }

    /// <summary>The request the current attempt sends: a copy of <see cref="Request"/>, signed.</summary>
    public AwsRequest? AttemptRequest { get; set; }

    /// <summary>The HTTP response of the last attempt (or the <c>before-call</c> stub), null after an exception.</summary>
    public AwsResponse? Response { get; set; }

    /// <summary>Whether <see cref="Response"/> came from BotoSharp's own transport in this attempt (not a stub, not a
    /// caller's transport that might hand the same response out again), so its pooled body is this call's to return.</summary>
    public bool ResponseIsOwn { get; set; }

    // The last attempt's parsed dictionary; after a typed read, null until something asks for it.
    private Dictionary<string, object?>? _parsed;
    private bool _typedSuccess;
    private bool _retryAttemptsKnown;

    /// <summary>
    /// The parsed response of the last attempt (botocore's <c>parsed</c>). After a typed read it is built from
    /// <see cref="TypedMetadata"/> on first read and kept, so every later reader and writer shares one dictionary;
    /// setting it drops the typed result.
    /// </summary>
    public Dictionary<string, object?>? Parsed
    {
        get => _parsed ?? (_typedSuccess ? _parsed = TypedMetadata!.ToTypedSuccessParsed(_retryAttemptsKnown) : null);
        set
        {
            _parsed = value;
            _typedSuccess = false;
            _retryAttemptsKnown = false;
            TypedOutput = null;
        }
    }

    /// <summary>
    /// Whether the last attempt was read typed and nothing has asked for its parsed dictionary yet: the builtin rows
    /// then read and write <see cref="TypedMetadata"/> instead. That dictionary would hold only
    /// <c>ResponseMetadata</c> (a typed read never happens for an output with a top-level <c>Error</c> member).
    /// </summary>
    public bool ParsedIsDeferred => _typedSuccess && _parsed is null;

    /// <summary>The generated <c>ReadFrom</c> of a typed call's output; null on the dictionary path (dynamic client).</summary>
    public Func<Protocols.Typed.Reading.IShapeReader, object>? TypedRead { get; set; }

    /// <summary>The typed output the last attempt read straight from the wire; null when it was parsed to a dictionary.</summary>
    public object? TypedOutput { get; private set; }

    /// <summary>The <c>ResponseMetadata</c> the typed output holds, completed with the retries when the call ends.</summary>
    public ResponseMetadata? TypedMetadata { get; private set; }

    /// <summary>The last attempt's result is <paramref name="output"/>, read typed; its parsed dictionary is deferred.</summary>
    public void SetTypedResult(object output, ResponseMetadata metadata)
    {
        Parsed = null;
        TypedOutput = output;
        TypedMetadata = metadata;
        _typedSuccess = true;
    }

    /// <summary>botocore's <c>RetryAttempts</c> on the final response: in its parsed dictionary, or in the typed
    /// metadata while that dictionary is deferred (a dictionary built later includes it).</summary>
    public void SetRetryAttempts(int retries)
    {
        if (ParsedIsDeferred)
        {
            TypedMetadata!.SetRetryAttempts(retries);
            _retryAttemptsKnown = true;
        }
        else if (Parsed!.TryGetValue("ResponseMetadata", out var metadata) && metadata is Dictionary<string, object?> responseMetadata)
        {
            responseMetadata["RetryAttempts"] = BoxedValues.OfLong(retries);
        }
    }

    /// <summary>The exception of the last attempt, when it got no response.</summary>
    public Exception? AttemptError { get; set; }

    /// <summary>The error of the last attempt's success body when it could not be decoded; raised after the retries.</summary>
    public ResponseParserError? UnparsableSuccess { get; set; }

    /// <summary>Whether a <c>before-call</c> handler answered in place of the service.</summary>
    public bool Stubbed { get; set; }

    /// <summary>How many attempts were sent (botocore's <c>attempts</c>).</summary>
    public int Attempts { get; set; }
}
