using System.Globalization;
using System.Text;
using BotoSharp.Errors;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Json;

/// <summary>
/// The JSON-tree half of botocore's <c>BaseJSONParser</c>, shared by the awsJson and rest-json parsers (which sit on
/// different base classes): body decoding, structures by wire name with unions checked, maps, and the error body's
/// code and message.
/// </summary>
internal static class JsonNodeParsing
{
    /// <summary>
    /// Decodes a body as botocore does: empty → empty object; text that is not JSON → <c>{"message": text}</c>.
    /// </summary>
    public static object? ParseBody(byte[] body) => ParseBody(body, response: null);

    /// <summary>
    /// <see cref="ParseBody(byte[])"/> for the body of <paramref name="response"/>, recording on it the error of a body
    /// that is not JSON.
    /// </summary>
    public static object? ParseBody(byte[] body, ProtocolResponse? response)
    {
        if (body.Length == 0)
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }
        try
        {
            return PlainJsonReader.Parse(body);
        }
        catch (System.Text.Json.JsonException error)
        {
            if (response is not null)
            {
                response.BodyDecodeError = error;
            }
            return new Dictionary<string, object?>(StringComparer.Ordinal) { ["message"] = Encoding.UTF8.GetString(body) };
        }
    }

    public static object? HandleStructure(StructureShape shape, object? node, Func<Shape, object?, object?> parse)
    {
        if (shape.IsDocument)
        {
            return node;
        }
        if (node is not IDictionary<string, object?> value)
        {
            return null;
        }
        if (ResponseParserBase.UnknownUnionTag(shape, value) is { } tag)
        {
            return ResponseParserBase.UnknownMember(tag);
        }
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, member) in shape.Members)
        {
            if (value.TryGetValue(member.LocationName ?? name, out var raw) && raw is not null)
            {
                parsed[name] = parse(member, raw);
            }
        }
        return parsed;
    }

    public static object? HandleMap(MapShape shape, object? node, Func<Shape, object?, object?> parse)
    {
        if (node is not IDictionary<string, object?> value)
        {
            return node;
        }
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, item) in value)
        {
            var parsedKey = parse(shape.Key, key) as string ?? key;
            parsed[parsedKey] = parse(shape.Value, item);
        }
        return parsed;
    }

    /// <summary>A float from a JSON number or one of the strings botocore accepts (<c>NaN</c>, <c>Infinity</c>…).</summary>
    public static object? ToDouble(object? node) => node switch
    {
        string s => ParsePythonFloat(s),
        _ when ValueConversions.IsNumber(node) => ValueConversions.ToDouble(node!),
        _ => node,
    };

    /// <summary>Python's <c>float(text)</c>.</summary>
    public static double ParsePythonFloat(string text)
    {
        var t = text.Trim();
        switch (t.ToLowerInvariant())
        {
            case "nan" or "+nan" or "-nan":
                return double.NaN;
            case "inf" or "infinity" or "+inf" or "+infinity":
                return double.PositiveInfinity;
            case "-inf" or "-infinity":
                return double.NegativeInfinity;
        }
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new ResponseParserError($"could not convert string to float: '{text}'");
    }

    /// <summary>Python's <c>int(text)</c> for header values.</summary>
    public static long ParsePythonInt(string text) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : throw new ResponseParserError($"invalid literal for int() with base 10: '{text}'");

    /// <summary>
    /// Fills <c>Error.Code</c> and <c>Error.Message</c> from a JSON error body: the code is <c>__type</c> (else the
    /// status), cut before any <c>:</c> and after the last <c>#</c>, then rewritten by <c>x-amzn-query-error</c>.
    /// </summary>
    public static Dictionary<string, object?> ErrorFromBody(ProtocolResponse response, object? body,
        Func<string, ProtocolResponse, Dictionary<string, object?>, string> queryCompatible)
    {
        var map = body as IDictionary<string, object?> ?? new Dictionary<string, object?>();
        var error = new Dictionary<string, object?>(StringComparer.Ordinal) { ["Message"] = string.Empty, ["Code"] = string.Empty };
        error["Message"] = map.TryGetValue("message", out var m) ? m : map.TryGetValue("Message", out var m2) ? m2 : string.Empty;
        var code = map.TryGetValue("__type", out var t) ? t as string : response.StatusCode.ToString(CultureInfo.InvariantCulture);
        if (code is not null)
        {
            var colon = code.IndexOf(':');
            if (colon >= 0)
            {
                code = code[..colon];
            }
            var hash = code.LastIndexOf('#');
            if (hash >= 0)
            {
                code = code[(hash + 1)..];
            }
            error["Code"] = queryCompatible(code, response, error);
        }
        var parsed = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Error"] = error,
            ["ResponseMetadata"] = new Dictionary<string, object?>(StringComparer.Ordinal),
        };
        InjectRequestId(parsed, response);
        return parsed;
    }

    /// <summary>Puts <c>x-amzn-requestid</c> into <c>ResponseMetadata.RequestId</c>.</summary>
    public static void InjectRequestId(Dictionary<string, object?> parsed, ProtocolResponse response)
    {
        if (response.Headers.TryGetValue("x-amzn-requestid", out var id))
        {
            if (parsed.TryGetValue("ResponseMetadata", out var m) && m is Dictionary<string, object?> metadata)
            {
                metadata["RequestId"] = id;
            }
            else
            {
                parsed["ResponseMetadata"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["RequestId"] = id };
            }
        }
    }
}
