using System.Text;
using System.Text.Json.Nodes;
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
        if (!shape.JsonValue)
        {
            return text;
        }
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(text));
        return ToPlain(JsonNode.Parse(json));
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

    private static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToPlain(p.Value)),
        JsonArray array => array.Select(ToPlain).ToList(),
        JsonValue value when value.TryGetValue<bool>(out var b) => b,
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonValue value when value.TryGetValue<long>(out var l) => l,
        JsonValue value when value.TryGetValue<double>(out var d) => d,
        _ => node.ToJsonString(),
    };
}
