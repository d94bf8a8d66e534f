using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.Query;

/// <summary>
/// botocore's query response parser: success bodies are read from the output shape's <c>resultWrapper</c> element
/// (or the root) with <c>ResponseMetadata</c> copied from the body; errors are the <c>ErrorResponse</c> document
/// flattened to <c>Error</c> plus <c>ResponseMetadata.RequestId</c>.
/// </summary>
public class QueryResponseParser : XmlResponseParser
{
    private readonly XmlShapeParser _shapes;

    /// <summary>Creates the parser.</summary>
    /// <param name="timestampParser">Replaces botocore's timestamp parser (the test suites keep the raw text).</param>
    /// <param name="blobParser">Replaces base64 decoding of blobs.</param>
    public QueryResponseParser(Func<string, object?>? timestampParser = null, Func<string, object?>? blobParser = null)
        : this(new XmlShapeParser(timestampParser, blobParser), timestampParser, blobParser)
    {
    }

    private protected QueryResponseParser(XmlShapeParser shapes, Func<string, object?>? timestampParser, Func<string, object?>? blobParser)
        : base(timestampParser, blobParser)
    {
        _shapes = shapes;
    }

    private protected override XmlShapeParser Shapes => _shapes;

    private protected override Dictionary<string, object?> DoParse(XmlHttpResponse response, Shape? shape) =>
        ParseBody(response, shape, injectMetadata: true);

    private protected override Dictionary<string, object?> DoModeledErrorParse(XmlHttpResponse response, Shape shape) =>
        ParseBody(response, shape, injectMetadata: false);

    private protected override Dictionary<string, object?> DoErrorParse(XmlHttpResponse response, Shape? shape)
    {
        var root = XmlDocumentReader.Parse(response.BodyBytes());
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
            parsed["ResponseMetadata"] = new Dictionary<string, object?> { ["RequestId"] = requestId };
        }
        return parsed;
    }

    /// <summary>Copies the body's request metadata into the result.</summary>
    private protected virtual void InjectResponseMetadata(XmlNode root, Dictionary<string, object?> parsed)
    {
        var map = XmlNodeMap.Build(root);
        if (map.TryGetValue("ResponseMetadata", out var node))
        {
            var metadata = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, value) in XmlNodeMap.Build(node))
            {
                metadata[key] = value is XmlNode leaf ? leaf.Text : ((List<XmlNode>)value)[0].Text;
            }
            parsed["ResponseMetadata"] = metadata;
        }
    }

    private Dictionary<string, object?> ParseBody(XmlHttpResponse response, Shape? shape, bool injectMetadata)
    {
        var root = XmlDocumentReader.Parse(response.BodyBytes());
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
            parsed = _shapes.Parse(shape, start) as Dictionary<string, object?> ?? parsed;
        }
        if (injectMetadata)
        {
            InjectResponseMetadata(root, parsed);
        }
        return parsed;
    }
}
