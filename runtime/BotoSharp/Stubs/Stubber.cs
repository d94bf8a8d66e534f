using BotoSharp.Clients;
using BotoSharp.Errors;
using BotoSharp.Events;
using BotoSharp.Http;
using BotoSharp.Models;
using BotoSharp.Protocols.Validation;

namespace BotoSharp.Stubs;

/// <summary>
/// botocore's <c>botocore.stub.Stubber</c>: queued responses answer a client's calls first in, first out, in place of
/// the service. While active it hooks the client's own events exactly as botocore: <c>before-parameter-build</c>
/// (first) checks the order and the expected parameters, <c>before-call</c> answers with the next response, and
/// <c>before-endpoint-resolution</c> clears the account-id builtin so no credentials are needed.
/// </summary>
/// <example>
/// <code>
/// using var stubber = new Stubber(s3).Activate();
/// stubber.AddResponse("ListObjectsV2", new ListObjectsV2Output { KeyCount = 0 }, new ListObjectsV2Request { Bucket = "b" });
/// var page = await s3.ListObjectsV2Async(new ListObjectsV2Request { Bucket = "b" });
/// stubber.AssertNoPendingResponses();
/// </code>
/// </example>
public sealed partial class Stubber : IDisposable
{
    private const string ResponseHandlerId = "boto_stubber";
    private const string ExpectedParamsHandlerId = "boto_stubber_expected_params";
    private const string AccountIdHandlerId = "boto_stubber_stub_account_id";

    private readonly ClientMeta _meta;
    private readonly Queue<StubbedResponse> _queue = new();
    private readonly BotoEventHandler _expectedParamsHandler;
    private readonly BotoEventHandler _responseHandler;
    private readonly BotoEventHandler _accountIdHandler;

    /// <summary>Creates a stubber for <paramref name="client"/> (typed or dynamic); nothing is hooked until <see cref="Activate"/>.</summary>
    /// <exception cref="InvalidOperationException">The client was not created by a session (a mock has no events to hook).</exception>
    public Stubber(BaseClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _meta = client.Meta;
        _expectedParamsHandler = AssertExpectedParams;
        _responseHandler = NextResponse;
        _accountIdHandler = ClearAccountIdBuiltIn;
    }

    /// <summary>botocore's <c>stub.ANY</c>: an expected parameter value that equals anything.</summary>
    public static object Any => StubAny.Instance;

    /// <summary>botocore's <c>activate</c>: hooks the client's events. Returns this stubber for a <c>using</c> scope.</summary>
    public Stubber Activate()
    {
        _meta.Events.RegisterFirst("before-parameter-build.*.*", _expectedParamsHandler, ExpectedParamsHandlerId);
        _meta.Events.Register("before-call.*.*", _responseHandler, ResponseHandlerId);
        _meta.Events.Register("before-endpoint-resolution.*", _accountIdHandler, AccountIdHandlerId);
        return this;
    }

    /// <summary>botocore's <c>deactivate</c>: removes the hooks; queued responses stay queued.</summary>
    public void Deactivate()
    {
        _meta.Events.Unregister("before-parameter-build.*.*", _expectedParamsHandler, ExpectedParamsHandlerId);
        _meta.Events.Unregister("before-call.*.*", _responseHandler, ResponseHandlerId);
        _meta.Events.Unregister("before-endpoint-resolution.*", uniqueId: AccountIdHandlerId);
    }

    /// <summary>botocore's <c>__exit__</c>: deactivates the stubber.</summary>
    public void Dispose() => Deactivate();

    /// <summary>
    /// botocore's <c>add_response</c>: queues a successful response for <paramref name="operationName"/>, validated
    /// against the operation's output shape (<c>ResponseMetadata</c> aside).
    /// </summary>
    /// <param name="operationName">The model operation name (<c>ListObjectsV2</c>) or botocore's method name (<c>list_objects_v2</c>).</param>
    /// <param name="serviceResponse">The botocore-shaped response the call returns.</param>
    /// <param name="expectedParams">The parameters the call must be made with (<see cref="Any"/> matches any value); null checks nothing.</param>
    /// <exception cref="ArgumentException">The client has no such operation.</exception>
    /// <exception cref="ParamValidationError">The response does not fit the output shape.</exception>
    public void AddResponse(string operationName, IDictionary<string, object?> serviceResponse, IDictionary<string, object?>? expectedParams = null)
    {
        ArgumentNullException.ThrowIfNull(serviceResponse);
        var operation = ResolveOperation(operationName);
        ValidateOperationResponse(operation, serviceResponse);
        var parsed = serviceResponse as Dictionary<string, object?> ?? new Dictionary<string, object?>(serviceResponse, StringComparer.Ordinal);
        _queue.Enqueue(new StubbedResponse(operation.Name, new AwsResponse(string.Empty, 200, new HttpHeaderList(), null, null), parsed, expectedParams));
    }

    /// <summary>The typed form of <see cref="AddResponse(string, IDictionary{string, object?}, IDictionary{string, object?}?)"/>: a generated output and, optionally, the generated request the call must be made with.</summary>
    /// <param name="operationName">The model operation name or botocore's method name.</param>
    /// <param name="serviceResponse">The generated output the call returns.</param>
    /// <param name="expectedRequest">The request the call must be made with; null checks nothing.</param>
    public void AddResponse(string operationName, IRequestShape serviceResponse, IRequestShape? expectedRequest = null)
    {
        ArgumentNullException.ThrowIfNull(serviceResponse);
        AddResponse(operationName, serviceResponse.ToParameters(), expectedRequest?.ToParameters());
    }

    /// <summary>A generated output with expected parameters written as a dictionary (so <see cref="Any"/> can stand in for a value).</summary>
    /// <param name="operationName">The model operation name or botocore's method name.</param>
    /// <param name="serviceResponse">The generated output the call returns.</param>
    /// <param name="expectedParams">The botocore-shaped parameters the call must be made with.</param>
    public void AddResponse(string operationName, IRequestShape serviceResponse, IDictionary<string, object?> expectedParams)
    {
        ArgumentNullException.ThrowIfNull(serviceResponse);
        AddResponse(operationName, serviceResponse.ToParameters(), expectedParams);
    }

    /// <summary>
    /// botocore's <c>add_client_error</c>: queues an error response, raised by the client as the modeled exception for
    /// <paramref name="serviceErrorCode"/> (or <see cref="ClientError"/>) with botocore's parsed error shape.
    /// </summary>
    /// <param name="operationName">The model operation name or botocore's method name.</param>
    /// <param name="serviceErrorCode">The error code, e.g. <c>NoSuchBucket</c>.</param>
    /// <param name="serviceMessage">The error message.</param>
    /// <param name="httpStatusCode">The HTTP status of the error response.</param>
    /// <param name="serviceErrorMeta">More keys for the <c>Error</c> dictionary.</param>
    /// <param name="expectedParams">The parameters the call must be made with; null checks nothing.</param>
    /// <param name="responseMeta">More keys for <c>ResponseMetadata</c>.</param>
    /// <param name="modeledFields">Top-level members of the error shape for this code, validated against it.</param>
    /// <exception cref="ParamValidationError">The modeled fields do not fit the error shape (or the code has none).</exception>
    public void AddClientError(string operationName, string serviceErrorCode = "", string serviceMessage = "", int httpStatusCode = 400,
        IDictionary<string, object?>? serviceErrorMeta = null, IDictionary<string, object?>? expectedParams = null,
        IDictionary<string, object?>? responseMeta = null, IDictionary<string, object?>? modeledFields = null)
    {
        var operation = ResolveOperation(operationName);
        var error = new Dictionary<string, object?>(StringComparer.Ordinal) { ["Message"] = serviceMessage, ["Code"] = serviceErrorCode };
        var metadata = new Dictionary<string, object?>(StringComparer.Ordinal) { ["HTTPStatusCode"] = (long)httpStatusCode };
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal) { ["ResponseMetadata"] = metadata, ["Error"] = error };
        CopyInto(error, serviceErrorMeta);
        CopyInto(metadata, responseMeta);
        if (modeledFields is not null)
        {
            ValidateResponse(_meta.ServiceModel.ShapeForErrorCode(serviceErrorCode), modeledFields);
            CopyInto(parsed, modeledFields);
        }
        _queue.Enqueue(new StubbedResponse(operation.Name, new AwsResponse(string.Empty, httpStatusCode, new HttpHeaderList(), null, null), parsed, expectedParams));
    }

    /// <summary>botocore's <c>assert_no_pending_responses</c>: every queued response was used.</summary>
    /// <exception cref="StubPendingResponsesError">Responses remain (<c>"N responses remaining in queue."</c>).</exception>
    public void AssertNoPendingResponses()
    {
        if (_queue.Count != 0)
        {
            throw new StubPendingResponsesError(_queue.Count);
        }
    }

    // botocore checks hasattr(client, method) and maps the method to its operation; the model name works too.
    private OperationModel ResolveOperation(string operationName)
    {
        ArgumentNullException.ThrowIfNull(operationName);
        var model = _meta.ServiceModel;
        var name = model.OperationNames.Contains(operationName, StringComparer.Ordinal) ? operationName
            : model.OperationNames.FirstOrDefault(o => Endpoints.Library.SnakeCase.Convert(o) == operationName)
              ?? throw new ArgumentException($"Client {model.ServiceName} does not have method: {operationName}", nameof(operationName));
        return model.OperationModel(name);
    }

    // botocore's _validate_operation_response: ResponseMetadata is left out of the validation.
    private static void ValidateOperationResponse(OperationModel operation, IDictionary<string, object?> serviceResponse)
    {
        var response = serviceResponse;
        if (response.ContainsKey("ResponseMetadata"))
        {
            response = new Dictionary<string, object?>(serviceResponse, StringComparer.Ordinal);
            response.Remove("ResponseMetadata");
        }
        ValidateResponse(operation.OutputShape, response);
    }

    private static void ValidateResponse(Shape? shape, IDictionary<string, object?> response)
    {
        if (shape is not null)
        {
            ParamValidator.ValidateOrThrow(response, shape);
        }
        else if (response.Count > 0)
        {
            throw new ParamValidationError("Service response should only contain ResponseMetadata.");
        }
    }

    private static void CopyInto(Dictionary<string, object?> target, IDictionary<string, object?>? source)
    {
        foreach (var (key, value) in source ?? new Dictionary<string, object?>())
        {
            target[key] = value;
        }
    }
}
