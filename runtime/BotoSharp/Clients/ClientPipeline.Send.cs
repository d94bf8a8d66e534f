using BotoSharp.Http;
using BotoSharp.Http.Checksums;
using BotoSharp.Models;
using BotoSharp.Protocols;
using BotoSharp.Protocols.RestXml;

namespace BotoSharp.Clients;

/// <summary>One attempt on the wire: sign, send, parse (botocore's <c>Endpoint._send_request</c> for a single attempt).</summary>
internal sealed partial class ClientPipeline
{
    private static readonly Dictionary<string, object?> s_noCustomizations = new(StringComparer.Ordinal);

    private async Task<HttpOutcome> SendAsync(OperationModel operation, OperationPlan plan, AwsRequest request, Dictionary<string, object?> context,
        CancellationToken cancellationToken)
    {
        var events = Meta.Events;
        request.StreamOutput = plan.HasStreamingOutput;
        _signer.Sign(operation.Name, request);
        if (events.HasHandlers(plan.RequestCreated))
        {
            events.Emit(plan.RequestCreated, new Dictionary<string, object?>
            {
                ["request"] = request,
                ["operation_name"] = operation.Name,
            });
        }
        // Added after signing, as botocore's retry-header handler runs after the signer: these are never signed.
        request.Headers.Set("amz-sdk-invocation-id", Guid.NewGuid().ToString());
        request.Headers.Set("amz-sdk-request", "attempt=1");

        // botocore hands before-send the prepared request, Content-Length (or chunked) already set.
        AwsRequestPreparer.PrepareHeaders(request);
        AwsResponse response;
        try
        {
            var stubbed = events.HasHandlers(plan.BeforeSend)
                ? events.EmitUntilResponse(plan.BeforeSend, new Dictionary<string, object?> { ["request"] = request }).Response
                : null;
            response = stubbed as AwsResponse ?? await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            events.Emit(plan.AfterCallError, new Dictionary<string, object?>
            {
                ["exception"] = error,
                ["context"] = context,
            });
            throw;
        }

        var parsed = Parse(operation, plan, request, response, context);
        if (events.HasHandlers(plan.ResponseReceived))
        {
            events.Emit(plan.ResponseReceived, new Dictionary<string, object?>
            {
                ["response_dict"] = new Dictionary<string, object?> { ["status_code"] = response.StatusCode, ["headers"] = ToProtocolHeaders(response.Headers).ToLowerCaseDictionary() },
                ["parsed_response"] = parsed,
                ["context"] = context,
                ["exception"] = null,
            });
        }
        return new HttpOutcome(response, parsed);
    }

    private Dictionary<string, object?> Parse(OperationModel operation, OperationPlan plan, AwsRequest request, AwsResponse response, Dictionary<string, object?> context)
    {
        var headers = ToProtocolHeaders(response.Headers);
        var status = response.StatusCode;
        Dictionary<string, object?>? customized = null;
        if (Meta.Events.HasHandlers(plan.BeforeParse))
        {
            customized = new Dictionary<string, object?>(StringComparer.Ordinal);
            Meta.Events.Emit(plan.BeforeParse, new Dictionary<string, object?>
            {
                ["operation_model"] = operation,
                ["response_dict"] = new Dictionary<string, object?> { ["status_code"] = status, ["headers"] = headers.ToLowerCaseDictionary(), ["body"] = response.Content },
                ["customized_response_dict"] = customized,
            });
        }
        var checksum = ChecksumContext.From(request);
        ProtocolResponse protocolResponse;
        string? checksumAlgorithm = null;
        if (response.RawStream is { } stream)
        {
            protocolResponse = new ProtocolResponse(status, headers, FlexibleChecksums.WrapStreamingResponse(checksum, response.Headers, stream));
        }
        else
        {
            var body = response.Content ?? Array.Empty<byte>();
            // S3 may answer 200 with an <Error> document; botocore turns that into a 500 before parsing.
            if (Meta.ServiceModel.EndpointPrefix == "s3" && operation.OutputShape is not null && !operation.HasEventStreamOutput
                && RestXmlErrors.LooksLikeErrorWithStatus200(status, body))
            {
                status = 500;
            }
            if (status < 300)
            {
                checksumAlgorithm = FlexibleChecksums.ValidateResponse(checksum, response.Headers, body);
            }
            protocolResponse = new ProtocolResponse(status, headers, body);
        }
        var parsed = _parser.Parse(protocolResponse, operation);
        foreach (var (key, value) in customized ?? s_noCustomizations)
        {
            parsed[key] = value;
        }
        if (parsed.TryGetValue("ResponseMetadata", out var metadata) && metadata is Dictionary<string, object?> responseMetadata)
        {
            responseMetadata["RetryAttempts"] = 0L;
            if (checksumAlgorithm is not null)
            {
                responseMetadata["ChecksumAlgorithm"] = checksumAlgorithm;
            }
        }
        // SQS moved from query to JSON without modeled error codes: botocore reads the query code from the error.
        if (Meta.ServiceModel.EndpointPrefix == "sqs" && parsed.TryGetValue("Error", out var error) && error is IDictionary<string, object?> errorMap
            && errorMap.TryGetValue("QueryErrorCode", out var queryCode) && queryCode is string code)
        {
            context["error_code_override"] = code;
        }
        return parsed;
    }

    private static HeaderCollection ToProtocolHeaders(HttpHeaderList headers)
    {
        var result = new HeaderCollection();
        foreach (var (name, value) in headers)
        {
            result.Set(name, result.TryGetValue(name, out var existing) ? existing + "," + value : value);
        }
        return result;
    }
}
