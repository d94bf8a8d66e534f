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

    /// <summary>The parsed response of the last attempt.</summary>
    public Dictionary<string, object?>? Parsed { get; set; }

    /// <summary>The generated <c>ReadFrom</c> of a typed call's output; null on the dictionary path (dynamic client).</summary>
    public Func<Protocols.Typed.Reading.IShapeReader, object>? TypedRead { get; set; }

    /// <summary>The typed output the last attempt read straight from the wire; null when it was parsed to a dictionary.</summary>
    public object? TypedOutput { get; set; }

    /// <summary>The <c>ResponseMetadata</c> the typed output holds, completed with the retries when the call ends.</summary>
    public ResponseMetadata? TypedMetadata { get; set; }

    /// <summary>The exception of the last attempt, when it got no response.</summary>
    public Exception? AttemptError { get; set; }

    /// <summary>The error of the last attempt's success body when it could not be decoded; raised after the retries.</summary>
    public ResponseParserError? UnparsableSuccess { get; set; }

    /// <summary>Whether a <c>before-call</c> handler answered in place of the service.</summary>
    public bool Stubbed { get; set; }

    /// <summary>How many attempts were sent (botocore's <c>attempts</c>).</summary>
    public int Attempts { get; set; }
}
