using BotoSharp.Models;

namespace BotoSharp.Protocols.Json;

/// <summary>
/// The awsJson 1.0/1.1 parser (botocore's <c>JSONParser</c>): the body is a JSON object walked against the output
/// shape; errors take their code from <c>__type</c> (or the status), their message from <c>message</c>/<c>Message</c>,
/// and query-compatible services' <c>x-amzn-query-error</c> header. Request id from <c>x-amzn-requestid</c>.
/// </summary>
public sealed class JsonParser : ResponseParserBase
{
    // One delegate per parser: a method group passed per structure or map would allocate a new one every time.
    private Func<Shape, object?, object?>? _parseShape;

    /// <inheritdoc />
    protected override Dictionary<string, object?> DoParse(ProtocolResponse response, Shape? shape)
    {
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (shape is StructureShape structure)
        {
            if (structure.EventStreamName is { } eventName)
            {
                // The non-stream members arrive in an initial-response event; the rest is read lazily.
                var stream = CreateEventStream(response, (StructureShape)structure.Members[eventName]);
                var initial = stream.GetInitialResponse();
                if (ParseShape(structure, JsonNodeParsing.ParseBody(initial.Payload)) is Dictionary<string, object?> members)
                {
                    parsed = members;
                }
                parsed[eventName] = stream;
            }
            else if (ParseShape(structure, JsonNodeParsing.ParseBody(ReadBody(response), response)) is Dictionary<string, object?> body)
            {
                parsed = body;
            }
        }
        JsonNodeParsing.InjectRequestId(parsed, response);
        return parsed;
    }

    /// <inheritdoc />
    protected override Dictionary<string, object?> DoErrorParse(ProtocolResponse response, Shape? shape) =>
        JsonNodeParsing.ErrorFromBody(response, JsonNodeParsing.ParseBody(ReadBody(response)), ApplyQueryCompatibleError);

    /// <inheritdoc />
    protected override Dictionary<string, object?> DoModeledErrorParse(ProtocolResponse response, Shape shape) =>
        ParseShape(shape, JsonNodeParsing.ParseBody(ReadBody(response))) as Dictionary<string, object?>
        ?? new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <inheritdoc />
    protected override object? HandleStructure(StructureShape shape, object? node) =>
        JsonNodeParsing.HandleStructure(shape, node, _parseShape ??= ParseShape);

    /// <inheritdoc />
    protected override object? HandleMap(MapShape shape, object? node) => JsonNodeParsing.HandleMap(shape, node, _parseShape ??= ParseShape);

    /// <inheritdoc />
    protected override object? DecodeEventPayload(byte[] payload) => JsonNodeParsing.ParseBody(payload);

    /// <inheritdoc />
    protected override object? HandleFloat(Shape shape, object? node) => JsonNodeParsing.ToDouble(node);

    private static byte[] ReadBody(ProtocolResponse response) =>
        response.BodyStream is { } stream ? ValueConversions.ToBytes(stream) : response.Body;
}
