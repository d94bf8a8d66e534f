using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.Query;

/// <summary>
/// botocore's query response parser: success bodies are read from the output shape's <c>resultWrapper</c> element
/// (or the root) with <c>ResponseMetadata</c> copied from the body; errors are the <c>ErrorResponse</c> document
/// flattened to <c>Error</c> plus <c>ResponseMetadata.RequestId</c>.
/// </summary>
public class QueryResponseParser : ResponseParserBase
{
    private readonly XmlShapeParser _xml;

    /// <summary>Creates the parser.</summary>
    /// <param name="timestampParser">Replaces botocore's timestamp parser (the test suites keep the raw text).</param>
    /// <param name="blobParser">Replaces base64 decoding of blobs.</param>
    public QueryResponseParser(Func<string, object?>? timestampParser = null, Func<string, object?>? blobParser = null)
        : this(new XmlShapeParser(timestampParser, blobParser))
    {
    }

    private protected QueryResponseParser(XmlShapeParser xml) => _xml = xml;

    /// <inheritdoc />
    protected override object? ParseShape(Shape shape, object? node) =>
        node is null ? null : _xml.Parse(shape, node);

    /// <inheritdoc />
    protected override object? HandleStructure(StructureShape shape, object? node) => ParseShape(shape, node);

    /// <inheritdoc />
    protected override object? HandleMap(MapShape shape, object? node) => ParseShape(shape, node);

    /// <inheritdoc />
    protected override Dictionary<string, object?> DoParse(ProtocolResponse response, Shape? shape) =>
        ParseBody(response, shape, injectMetadata: true);

    /// <inheritdoc />
    protected override Dictionary<string, object?> DoModeledErrorParse(ProtocolResponse response, Shape shape) =>
        ParseBody(response, shape, injectMetadata: false);

    /// <inheritdoc />
    protected override Dictionary<string, object?> DoErrorParse(ProtocolResponse response, Shape? shape)
    {
        var root = XmlDocumentReader.Parse(BodyOf(response));
        var parsed = XmlNodeMap.ToPlainValues(XmlNodeMap.Build(root));
        // <Errors><Error/></Errors> (ec2) lifts to Error; RequestId moves under ResponseMetadata like a success.
        if (parsed.Remove("Errors", out var errors) && errors is Dictionary<string, object?> inner)
        {
            foreach (var (key, value) in inner)
            {
                parsed[key] = value;
            }
        }
        if (parsed.Remove("RequestId", out var requestId))
        {
            parsed["ResponseMetadata"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["RequestId"] = requestId };
        }
        return parsed;
    }

    /// <summary>Copies the body's request metadata into the result.</summary>
    private protected virtual void InjectResponseMetadata(XmlNode root, Dictionary<string, object?> parsed)
    {
        if (XmlNodeMap.Build(root).TryGetValue("ResponseMetadata", out var node))
        {
            var metadata = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, value) in XmlNodeMap.Build(node))
            {
                metadata[key] = FirstText(value);
            }
            parsed["ResponseMetadata"] = metadata;
        }
    }

    /// <summary>The text of a mapped node (the first one when the element was repeated).</summary>
    private protected static string? FirstText(object node) => node is XmlNode leaf ? leaf.Text : ((List<XmlNode>)node)[0].Text;

    private static byte[] BodyOf(ProtocolResponse response) =>
        response.BodyStream is { } stream ? ValueConversions.ToBytes(stream) : response.Body;

    private Dictionary<string, object?> ParseBody(ProtocolResponse response, Shape? shape, bool injectMetadata)
    {
        var root = XmlDocumentReader.Parse(BodyOf(response));
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (shape is not null)
        {
            object start = root;
            if (shape.ResultWrapper is { } wrapper)
            {
                start = XmlNodeMap.Build(root).TryGetValue(wrapper, out var wrapped)
                    ? wrapped
                    : throw new ResponseParserError($"The response has no <{wrapper}> element for the output shape {shape.Name}");
            }
            parsed = _xml.Parse(shape, start) as Dictionary<string, object?> ?? parsed;
        }
        if (injectMetadata)
        {
            InjectResponseMetadata(root, parsed);
        }
        return parsed;
    }
}
