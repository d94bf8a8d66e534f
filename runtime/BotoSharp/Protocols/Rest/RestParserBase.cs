using BotoSharp.Models;

namespace BotoSharp.Protocols.Rest;

/// <summary>
/// The HTTP-binding half shared by rest-json and rest-xml parsers (botocore's <c>BaseRestParser</c>): members come
/// from headers (<c>header</c>, prefixed <c>headers</c> maps), the status code, and the body — the <c>payload</c>
/// member alone (raw for blob/string payloads, the open stream when the output streams) or the remaining members,
/// decoded by the subclass. Request ids come from <c>x-amzn-requestid</c>, else <c>x-amz-request-id</c> with
/// <c>x-amz-id-2</c> as <c>HostId</c>.
/// </summary>
public abstract class RestParserBase : ResponseParserBase
{
    /// <summary>First-pass decoding of a body into nodes (a plain JSON tree, an XML element…).</summary>
    protected abstract object? InitialBodyParse(byte[] body);

    /// <summary>First-pass decoding of <paramref name="response"/>'s success body; by default <see cref="InitialBodyParse(byte[])"/>.</summary>
    protected virtual object? InitialBodyParse(ProtocolResponse response, byte[] body) => InitialBodyParse(body);

    /// <inheritdoc />
    protected override Dictionary<string, object?> DoParse(ProtocolResponse response, Shape? shape)
    {
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["ResponseMetadata"] = PopulateResponseMetadata(response),
        };
        AddModeledParse(response, shape as StructureShape, parsed);
        return parsed;
    }

    /// <inheritdoc />
    protected override Dictionary<string, object?> DoModeledErrorParse(ProtocolResponse response, Shape shape)
    {
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        AddModeledParse(response, shape as StructureShape, parsed);
        return parsed;
    }

    /// <summary>The request id (and host id) from the headers.</summary>
    protected static Dictionary<string, object?> PopulateResponseMetadata(ProtocolResponse response)
    {
        var metadata = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (response.Headers.TryGetValue("x-amzn-requestid", out var id))
        {
            metadata["RequestId"] = id;
        }
        else if (response.Headers.TryGetValue("x-amz-request-id", out var amzId))
        {
            metadata["RequestId"] = amzId;
            metadata["HostId"] = response.Headers["x-amz-id-2"] ?? string.Empty;
        }
        return metadata;
    }

    /// <summary>Parses header, status-code and body members of <paramref name="shape"/> into <paramref name="parsed"/>.</summary>
    protected void AddModeledParse(ProtocolResponse response, StructureShape? shape, Dictionary<string, object?> parsed)
    {
        if (shape is null)
        {
            return;
        }
        ParseNonPayloadAttributes(response, shape, parsed);
        ParsePayload(response, shape, parsed);
    }

    /// <summary>Parses a header-located list: a comma-separated value split and trimmed (RFC 7230).</summary>
    protected override object? HandleList(ListShape shape, object? node)
    {
        if (shape.Location == "header" && node is string text)
        {
            node = text.Split(',').Select(e => (object?)e.Trim()).ToList();
        }
        return base.HandleList(shape, node);
    }

    /// <summary>Parses a string; a <c>jsonvalue</c> header is base64 JSON, decoded to a plain tree.</summary>
    protected override object? HandleString(Shape shape, object? node)
    {
        if (node is string text && shape.JsonValue && shape.Location == "header")
        {
            return PlainJsonReader.Parse(DecodeBase64(text));
        }
        return base.HandleString(shape, node);
    }

    private void ParseNonPayloadAttributes(ProtocolResponse response, StructureShape shape, Dictionary<string, object?> parsed)
    {
        foreach (var (name, member) in shape.Members)
        {
            switch (member.Location)
            {
                case "statusCode":
                    parsed[name] = ParseShape(member, (long)response.StatusCode);
                    break;
                case "headers":
                    parsed[name] = ParseHeaderMap(member, response.Headers);
                    break;
                case "header":
                    if (response.Headers.TryGetValue(member.LocationName ?? name, out var value))
                    {
                        parsed[name] = ParseShape(member, value);
                    }
                    break;
            }
        }
    }

    /// <summary>A <c>headers</c> map: the headers starting with the prefix, keyed by the rest of their name, values unparsed.</summary>
    internal static Dictionary<string, object?> ParseHeaderMap(Shape shape, HeaderCollection headers)
    {
        // Header names are case-insensitive, so the prefix matches in any case; the rest of the name keeps its case.
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        var prefix = (shape.LocationName ?? string.Empty).ToLowerInvariant();
        foreach (var (name, value) in headers)
        {
            if (name.ToLowerInvariant().StartsWith(prefix, StringComparison.Ordinal))
            {
                parsed[name[prefix.Length..]] = value;
            }
        }
        return parsed;
    }

    private void ParsePayload(ProtocolResponse response, StructureShape shape, Dictionary<string, object?> parsed)
    {
        if (shape.Payload is { } payloadName && shape.Members.TryGetValue(payloadName, out var body))
        {
            if (body.EventStream && body is StructureShape eventStreamShape)
            {
                parsed[payloadName] = CreateEventStream(response, eventStreamShape);
            }
            else if (body.TypeName is "string" or "blob")
            {
                // A streamed payload goes to the caller unread; a buffered one is bytes, or text for a string.
                parsed[payloadName] = response.BodyStream is { } stream
                    ? stream
                    : body.TypeName == "string" ? System.Text.Encoding.UTF8.GetString(response.Body) : response.Body;
            }
            else
            {
                parsed[payloadName] = ParseShape(body, InitialBodyParse(response, ReadBody(response)));
            }
            return;
        }
        if (ParseShape(shape, InitialBodyParse(response, ReadBody(response))) is IDictionary<string, object?> members)
        {
            foreach (var (key, value) in members)
            {
                parsed[key] = value;
            }
        }
    }

    /// <summary>The body bytes, reading an unexpected stream to the end.</summary>
    protected static byte[] ReadBody(ProtocolResponse response) =>
        response.BodyStream is { } stream ? ValueConversions.ToBytes(stream) : response.Body;
}
