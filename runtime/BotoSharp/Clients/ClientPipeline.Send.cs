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
        // Signing is itself a request-created handler (registered by the constructor), as in botocore.
        events.Emit(plan.RequestCreated, new Dictionary<string, object?>
        {
            ["request"] = request,
            ["operation_name"] = operation.Name,
        });
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
            var responseDict = new Dictionary<string, object?> { ["status_code"] = status, ["headers"] = headers.ToLowerCaseDictionary(), ["body"] = response.Content };
            Meta.Events.Emit(plan.BeforeParse, new Dictionary<string, object?>
            {
                ["operation_model"] = operation,
                ["response_dict"] = responseDict,
                ["customized_response_dict"] = customized,
            });
            // A handler may change the status botocore parses with (S3's 200-with-error check makes it 500).
            status = responseDict["status_code"] is int changed ? changed : status;
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
