using System.Xml;
using BotoSharp.Clients;
using BotoSharp.Clients.Stages;
using BotoSharp.Errors;
using BotoSharp.Events;

namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// The parse step of a typed call: reads a 2xx response straight into the typed output when
/// <see cref="TypedReadGate"/> allows it, and hands the handlers that still run the parsed dictionary botocore would
/// have built minus the output members they never read (only <c>ResponseMetadata</c>).
/// </summary>
internal static class TypedOutputReading
{
    /// <summary>
    /// Reads <paramref name="response"/> into <see cref="ApiCall.TypedOutput"/> and returns the parsed dictionary the
    /// rest of the call sees; null when the dictionary path must parse (not a typed call, a handler needs the
    /// dictionary, or the reader gave up).
    /// </summary>
    public static Dictionary<string, object?>? TryRead(ApiCall call, IEventHooks events, ProtocolResponse response, string protocol)
    {
        if (call.TypedRead is not { } read || response.StatusCode >= 300 || !TypedReadGate.Supports(protocol)
            || !TypedReadGate.Allows(events, call, out var rewrite))
        {
            return null;
        }
        var output = call.Operation.OutputShape!;
        var headers = HttpHeaders(response.Headers);
        var metadata = new ResponseMetadata { HttpStatusCode = response.StatusCode, HttpHeaders = headers };
        if (protocol == "rest-xml")
        {
            SetRestIds(metadata, response.Headers);
        }
        try
        {
            call.TypedOutput = new XmlShapeReader(response, output, metadata, rewrite).ReadOutput(output, protocol, read);
        }
        catch (Exception error) when (error is TypedReadFallback or XmlException or ResponseParserError or FormatException or OverflowException)
        {
            // The dictionary path parses the same bytes: botocore's value, or botocore's error.
            return null;
        }
        call.TypedMetadata = metadata;
        return ParsedMetadata(metadata, response);
    }

    // botocore's rest parsers: x-amzn-requestid, else x-amz-request-id with x-amz-id-2 as HostId.
    private static void SetRestIds(ResponseMetadata metadata, HeaderCollection headers)
    {
        if (headers.TryGetValue("x-amzn-requestid", out var id))
        {
            metadata.SetIds(id, null);
        }
        else if (headers.TryGetValue("x-amz-request-id", out var amzId))
        {
            metadata.SetIds(amzId, headers["x-amz-id-2"] ?? string.Empty);
        }
    }

    private static Dictionary<string, string> HttpHeaders(HeaderCollection headers)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            map[name.ToLowerInvariant()] = value;
        }
        return map;
    }

    private static Dictionary<string, object?> ParsedMetadata(ResponseMetadata metadata, ProtocolResponse response)
    {
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (metadata.RequestId is not null)
        {
            parsed["RequestId"] = metadata.RequestId;
        }
        if (metadata.HostId is not null)
        {
            parsed["HostId"] = metadata.HostId;
        }
        parsed["HTTPStatusCode"] = (long)response.StatusCode;
        parsed["HTTPHeaders"] = response.Headers.ToLowerCaseDictionary();
        return new Dictionary<string, object?>(StringComparer.Ordinal) { ["ResponseMetadata"] = parsed };
    }
}
