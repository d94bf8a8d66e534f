using BotoSharp.Models;
using BotoSharp.Protocols.Query;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.Ec2;

/// <summary>
/// botocore's ec2 response parser: the query parser, but the request id of a success comes from
/// <c>&lt;requestId&gt;</c>, errors are <c>Response/Errors/Error</c> with <c>RequestID</c> (capital D), and a modeled
/// error is read from <c>Errors/Error</c>.
/// </summary>
public sealed class Ec2ResponseParser : QueryResponseParser
{
    /// <summary>Creates the parser.</summary>
    /// <param name="timestampParser">Replaces botocore's timestamp parser (the test suites keep the raw text).</param>
    /// <param name="blobParser">Replaces base64 decoding of blobs.</param>
    public Ec2ResponseParser(Func<string, object?>? timestampParser = null, Func<string, object?>? blobParser = null)
        : base(new Ec2ShapeParser(timestampParser, blobParser))
    {
    }

    /// <inheritdoc />
    protected override Dictionary<string, object?> DoErrorParse(ProtocolResponse response, Shape? shape)
    {
        var parsed = base.DoErrorParse(response, shape);
        if (parsed.Remove("RequestID", out var requestId))
        {
            parsed["ResponseMetadata"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["RequestId"] = requestId };
        }
        return parsed;
    }

    private protected override void InjectResponseMetadata(XmlNode root, Dictionary<string, object?> parsed)
    {
        if (XmlNodeMap.Build(root).TryGetValue("requestId", out var node))
        {
            parsed["ResponseMetadata"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["RequestId"] = FirstText(node) };
        }
    }
}
