using BotoSharp.Models;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.RestXml;

/// <summary>
/// Reads rest-xml shapes: the XML rules, plus header values — a list in a header is split on commas and trimmed,
/// and a <c>jsonvalue</c> string header is base64-decoded JSON.
/// </summary>
internal sealed class RestXmlShapeParser : XmlShapeParser
{
    /// <summary>Creates the shape parser.</summary>
    public RestXmlShapeParser(Func<string, object?>? timestampParser, Func<string, object?>? blobParser)
        : base(timestampParser, blobParser)
    {
    }

    /// <inheritdoc />
    protected override object? ParseString(Shape shape, string text)
    {
        if (!shape.JsonValue || shape.Location != "header")
        {
            return text;
        }
        try
        {
            return PlainJsonReader.Parse(Convert.FromBase64String(text));
        }
        catch (FormatException e)
        {
            throw new Errors.ResponseParserError($"Invalid base64 in a jsonvalue header: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    protected override object? ParseList(ListShape shape, object node)
    {
        if (shape.Location == "header" && node is string header)
        {
            // RFC 7230 lets a list arrive as one comma-separated header value.
            var items = header.Split(',').Select(item => (object)item.Trim()).ToList();
            return items.Select(item => Parse(shape.Member, item)).ToList();
        }
        return base.ParseList(shape, node);
    }
}
