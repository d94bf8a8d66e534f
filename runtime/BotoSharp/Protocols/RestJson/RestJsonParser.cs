using BotoSharp.Models;
using BotoSharp.Protocols.Json;
using BotoSharp.Protocols.Rest;

namespace BotoSharp.Protocols.RestJson;

/// <summary>
/// The rest-json parser (botocore's <c>RestJSONParser</c>): the shared REST binding with JSON bodies. Error codes
/// come as in awsJson, then the <c>x-amzn-errortype</c> header or the body's <c>code</c>/<c>Code</c> replaces them
/// (cut at <c>:</c> and <c>#</c> the same way). Header values convert as Python does (<c>int()</c>, <c>float()</c>,
/// booleans by <c>"true"</c>).
/// </summary>
public sealed class RestJsonParser : RestParserBase
{
    // One delegate per parser: a method group passed per structure or map would allocate a new one every time.
    private Func<Shape, object?, object?>? _parseShape;

    /// <inheritdoc />
    protected override object? InitialBodyParse(byte[] body) => JsonNodeParsing.ParseBody(body);

    /// <inheritdoc />
    protected override object? InitialBodyParse(ProtocolResponse response, byte[] body) => JsonNodeParsing.ParseBody(body, response);

    /// <inheritdoc />
    protected override Dictionary<string, object?> DoErrorParse(ProtocolResponse response, Shape? shape)
    {
        var body = JsonNodeParsing.ParseBody(ReadBody(response));
        var parsed = JsonNodeParsing.ErrorFromBody(response, body, ApplyQueryCompatibleError);
        var error = (Dictionary<string, object?>)parsed["Error"]!;
        object? code = null;
        var map = body as IDictionary<string, object?>;
        if (response.Headers.TryGetValue("x-amzn-errortype", out var header))
        {
            code = header;
        }
        else if (map is not null && (map.ContainsKey("code") || map.ContainsKey("Code")))
        {
            code = map.TryGetValue("code", out var c) ? c : map.TryGetValue("Code", out var c2) ? c2 : string.Empty;
        }
        if (code is not null)
        {
            error["Code"] = code is string s ? CleanErrorCode(s) : code;
        }
        return parsed;
    }

    /// <inheritdoc />
    protected override object? HandleStructure(StructureShape shape, object? node) =>
        JsonNodeParsing.HandleStructure(shape, node, _parseShape ??= ParseShape);

    /// <inheritdoc />
    protected override object? HandleMap(MapShape shape, object? node) => JsonNodeParsing.HandleMap(shape, node, _parseShape ??= ParseShape);

    /// <inheritdoc />
    protected override object? HandleBoolean(Shape shape, object? node) => node switch
    {
        bool b => b,
        string s => s.Equals("true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <inheritdoc />
    protected override object? HandleInteger(Shape shape, object? node) => node switch
    {
        string s => JsonNodeParsing.ParsePythonInt(s),
        double d => (long)d,
        _ when ValueConversions.IsInteger(node) => ValueConversions.ToInt64(node!),
        _ => node,
    };

    /// <inheritdoc />
    protected override object? DecodeEventPayload(byte[] payload) => JsonNodeParsing.ParseBody(payload);

    /// <inheritdoc />
    protected override object? HandleFloat(Shape shape, object? node) => JsonNodeParsing.ToDouble(node);
}
