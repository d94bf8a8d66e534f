using System.Text.Json;
using System.Xml;
using BotoSharp.Clients;
using BotoSharp.Clients.Stages;
using BotoSharp.Errors;
using BotoSharp.Events;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// The parse step of a typed call: reads a 2xx response straight into the typed output when
/// <see cref="TypedReadGate"/> allows it. The builtin rows that still run read its metadata; a parsed dictionary
/// (botocore's minus what they never read: only <c>ResponseMetadata</c>, without <c>HTTPHeaders</c>) is built only
/// when something asks for it (<see cref="ApiCall.Parsed"/>).
/// </summary>
internal static class TypedOutputReading
{
    /// <summary>
    /// Reads <paramref name="response"/> into <see cref="ApiCall.TypedOutput"/> (its parsed dictionary deferred, see
    /// <see cref="ApiCall.Parsed"/>); false when the dictionary path must parse (not a typed call, a handler needs
    /// the dictionary, or the reader gave up).
    /// </summary>
    /// <remarks>With <paramref name="proveNotAnError"/> (S3's deferred 200-with-error check, rest-xml only) the
    /// read succeeds only when the byte reader also proves the body well-formed with a root not named <c>Error</c>;
    /// anything else returns false without trying <see cref="XmlReader"/>, so the caller runs the check first.</remarks>
    public static bool TryRead(ApiCall call, ProtocolResponse response, string protocol, bool proveNotAnError = false)
    {
        if (call.TypedRead is not { } read || response.StatusCode >= 300 || !TypedReadGate.Supports(protocol)
            || !TypedReadGate.Allows(call, out var rewrite))
        {
            return false;
        }
        var output = call.Operation.OutputShape!;
        var metadata = ResponseMetadata.Over(response.StatusCode, response.Headers);
        object typed;
        try
        {
            typed = proveNotAnError
                ? ReadProvingNotAnError(response, output, metadata, rewrite, read)
                : Read(response, output, protocol, metadata, rewrite, read);
        }
        catch (Exception error) when (IsFallback(error))
        {
            // The dictionary path parses the same bytes: botocore's value, or botocore's error.
            return false;
        }
        call.SetTypedResult(typed, metadata);
        return true;
    }

    /// <summary>
    /// Reads a 2xx <paramref name="response"/> of <paramref name="protocol"/> into the typed output with
    /// <paramref name="read"/> (the generated <c>ReadFrom</c>), completing <paramref name="metadata"/> with the request ids.
    /// </summary>
    /// <remarks>With <c>overXmlReader</c> XML is read over <see cref="XmlReader"/> alone, the path of every document
    /// outside <see cref="PlainXmlCursor"/>'s subset (tests compare the two).</remarks>
    /// <exception cref="Exception">Anything <see cref="IsFallback"/> accepts: the dictionary path must parse.</exception>
    public static object Read(ProtocolResponse response, StructureShape output, string protocol, ResponseMetadata metadata,
        StringRewrite? rewrite, Func<IShapeReader, object> read, bool overXmlReader = false)
    {
        switch (protocol)
        {
            case "json":
                // botocore's JSON parser takes the request id from x-amzn-requestid only.
                metadata.SetIds(response.Headers["x-amzn-requestid"], null);
                return JsonShapeReader.ReadOnce(response, output, metadata, protocol, read);
            case "rest-json":
                SetRestIds(metadata, response.Headers);
                return JsonShapeReader.ReadOnce(response, output, metadata, protocol, read);
            case "rest-xml":
                SetRestIds(metadata, response.Headers);
                break;
        }
        if (!overXmlReader)
        {
            try
            {
                return new XmlShapeReader(response, output, metadata, rewrite, plain: true).ReadOutput(output, protocol, read);
            }
            catch (OutsidePlainXml)
            {
                // Nothing of the first attempt is kept (the ids are set at its end): XmlReader reads the same bytes.
            }
        }
        return new XmlShapeReader(response, output, metadata, rewrite, plain: false).ReadOutput(output, protocol, read);
    }

    /// <summary>
    /// Whether <see cref="TryRead"/> will try to read a 2xx response of <paramref name="call"/> typed with the byte
    /// reader (a typed rest-xml call the gate allows), so S3's 200-with-error check may be left to that read.
    /// </summary>
    public static bool CanAnswer200ErrorCheck(ApiCall call, string protocol) =>
        protocol == "rest-xml" && call.TypedRead is not null && TypedReadGate.Allows(call, out _);

    // The byte reader alone: its result stands only when it proved the whole body well-formed and not an <Error>.
    private static object ReadProvingNotAnError(ProtocolResponse response, StructureShape output, ResponseMetadata metadata,
        StringRewrite? rewrite, Func<IShapeReader, object> read)
    {
        SetRestIds(metadata, response.Headers);
        object result;
        var reader = new XmlShapeReader(response, output, metadata, rewrite, plain: true);
        try
        {
            result = reader.ReadOutput(output, "rest-xml", read);
        }
        catch (OutsidePlainXml)
        {
            throw new TypedReadFallback("Outside the byte reader's subset: S3's 200-with-error check decides first.");
        }
        return reader.ProvedNotAnError ? result : throw new TypedReadFallback("The body was not proven free of an <Error> root.");
    }

    /// <summary>Whether a typed reader's exception means "parse the dictionary way" (malformed input among it).</summary>
    public static bool IsFallback(Exception error) =>
        error is TypedReadFallback or XmlException or JsonException or ResponseParserError or FormatException or OverflowException;

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
}
