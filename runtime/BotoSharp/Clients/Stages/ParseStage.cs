using BotoSharp.Customizations;
using BotoSharp.Errors;
using BotoSharp.Events;
using BotoSharp.Http;
using BotoSharp.Http.Checksums;
using BotoSharp.Protocols;
using BotoSharp.Protocols.RestXml;
using BotoSharp.Protocols.Typed.Reading;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// botocore's <c>_do_get_response</c> after the wire: response checksums, <c>before-parse</c> (handlers may add keys
/// to the parsed result), the protocol parser, or for a typed call the typed reader (see <c>Protocols/Typed/Reading</c>). A parser error ends the call, as in botocore (it is not an attempt's
/// exception and is never retried).
/// </summary>
internal sealed class ParseStage : CallStage
{
    private readonly IProtocolParser _parser;
    private readonly string _protocol;

    public ParseStage(IProtocolParser parser, string protocol)
    {
        _parser = parser;
        _protocol = protocol;
    }

    /// <inheritdoc />
    public override ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        var response = call.Response!;
        Parse(call, response, ProtocolHeaders(response.Headers));
        return ValueTask.CompletedTask;
    }

    // Sets the call's parsed result: the typed output (its dictionary deferred) or the parser's dictionary.
    private void Parse(ApiCall call, AwsResponse response, HeaderCollection headers)
    {
        var operation = call.Operation;
        var status = response.StatusCode;
        Dictionary<string, object?>? customized = null;
        Deferred200ErrorCheck? deferred = null;
        if (call.Plan.Events.Has(CallEvent.BeforeParse))
        {
            customized = new Dictionary<string, object?>(StringComparer.Ordinal);
            // The builtin rows read the pooled body in place; any other handler gets its own copy (Content). S3's
            // 200-with-error row may leave its check to the typed read (Deferred200ErrorCheck).
            object? body;
            if (PooledResponseBody.BeforeParseReadsInPlace(call) && response.HasContent)
            {
                body = Defers200ErrorCheck(call, response) ? deferred = Deferred200ErrorCheck.For(response.Body) : response.Body;
            }
            else
            {
                body = response.Content;
            }
            var responseDict = new Dictionary<string, object?>(3) { ["status_code"] = status, ["headers"] = headers.ToLowerCaseDictionary(), ["body"] = body };
            call.Plan.Events.Emit(CallEvent.BeforeParse, new EmitArguments(3)
            {
                ["operation_model"] = operation,
                ["response_dict"] = responseDict,
                ["customized_response_dict"] = customized,
            });
            // A handler may change the status botocore parses with (S3's 200-with-error row makes it 500), or drop a
            // header it must not see (S3's unparsable Expires).
            status = responseDict["status_code"] is int changed ? changed : status;
            RemoveDroppedHeaders(headers, responseDict["headers"] as IDictionary<string, object?>);
            deferred = deferred is { Requested: true } ? deferred : null;
        }
        var checksum = ChecksumContext.From(call.AttemptRequest!);
        ProtocolResponse protocolResponse;
        string? checksumAlgorithm = null;
        if (response.RawStream is { } stream)
        {
            protocolResponse = new ProtocolResponse(status, headers, FlexibleChecksums.WrapStreamingResponse(checksum, response.Headers, stream));
        }
        else
        {
            if (status < 300)
            {
                checksumAlgorithm = FlexibleChecksums.ValidateResponse(checksum, response.Headers, response.Body);
            }
            protocolResponse = new ProtocolResponse(status, headers, response);
        }
        // A typed call reads a success straight into its output when no handler needs the parsed dictionary.
        call.Parsed = null;
        var typed = false;
        if (deferred is not null)
        {
            // The read answers S3's check when it proves the body; else the row's own check decides, then as before.
            typed = TypedOutputReading.TryRead(call, protocolResponse, _protocol, proveNotAnError: true);
            if (!typed && RestXmlErrors.LooksLikeErrorWithStatus200(status, deferred.Body))
            {
                status = 500;
                protocolResponse = new ProtocolResponse(status, headers, response);
            }
        }
        if (!typed && !(customized is null or { Count: 0 } && TypedOutputReading.TryRead(call, protocolResponse, _protocol)))
        {
            call.Parsed = _parser.Parse(protocolResponse, operation);
        }
        // The keys a before-parse handler added, and the checksum algorithm, are rare on a typed read: they build its
        // dictionary (call.Parsed), where the rows after this stage see them as before.
        if (customized is { Count: > 0 })
        {
            var parsed = call.Parsed!;
            foreach (var (key, value) in customized)
            {
                parsed[key] = value;
            }
        }
        // botocore gives a 2xx body that is not JSON as {"message": body}: a result with nothing in it. The call refuses
        // it once the retry handlers have seen it (DynamoDB's CRC32 check retries a damaged body first).
        call.UnparsableSuccess = status < 300 && protocolResponse.BodyDecodeError is { } decodeError
            ? new ResponseParserError($"Unable to parse response ({decodeError.Message}), invalid JSON received:\n{BodyExcerpt(protocolResponse.Body)}", decodeError)
            : null;
        if (checksumAlgorithm is not null && call.Parsed!.TryGetValue("ResponseMetadata", out var metadata) && metadata is Dictionary<string, object?> responseMetadata)
        {
            responseMetadata["ChecksumAlgorithm"] = checksumAlgorithm;
        }
    }

    // S3's 200-with-error check may wait for the typed read only when nothing reads the status before it: a buffered
    // 200 the byte reader will read, with no response checksum to validate (validation depends on the status).
    private bool Defers200ErrorCheck(ApiCall call, AwsResponse response) =>
        response.StatusCode == 200 && response.RawStream is null
        && ChecksumContext.From(call.AttemptRequest!)?.ResponseAlgorithms is not { Count: > 0 }
        && TypedOutputReading.CanAnswer200ErrorCheck(call, _protocol);

    private static string BodyExcerpt(byte[] body) =>
        body.Length <= 1024 ? System.Text.Encoding.UTF8.GetString(body) : System.Text.Encoding.UTF8.GetString(body, 0, 1024) + "…";

    /// <summary>botocore's <c>convert_to_response_dict</c> without the body, as <c>response-received</c> hands it out.</summary>
    public static Dictionary<string, object?> ResponseDict(AwsResponse response) =>
        new() { ["status_code"] = response.StatusCode, ["headers"] = ProtocolHeaders(response.Headers).ToLowerCaseDictionary() };

    private static void RemoveDroppedHeaders(HeaderCollection headers, IDictionary<string, object?>? kept)
    {
        // Handlers only ever remove here, so equal counts mean nothing was dropped (the usual case).
        if (kept is null || kept.Count >= headers.Count)
        {
            return;
        }
        foreach (var name in headers.Select(h => h.Key).Where(n => !kept.ContainsKey(n.ToLowerInvariant())).ToList())
        {
            headers.Remove(name);
        }
    }

    private static HeaderCollection ProtocolHeaders(HttpHeaderList headers)
    {
        var result = new HeaderCollection(headers.Count);
        foreach (var (name, value) in headers)
        {
            result.AddLine(name, value);
        }
        return result;
    }
}
