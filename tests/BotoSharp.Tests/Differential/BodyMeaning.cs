using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using System.Xml.Linq;
using BotoSharp.Protocols.Cbor;

namespace BotoSharp.Tests.Differential;

/// <summary>
/// Reduces a request body to a canonical string by its content type — JSON and CBOR parsed, XML canonical,
/// form-encoded parsed — so two bodies that mean the same compare equal and a difference reads clearly.
/// </summary>
internal static class BodyMeaning
{
    /// <summary>The canonical text of <paramref name="body"/> sent with <paramref name="contentType"/>.</summary>
    public static string Of(byte[] body, string? contentType)
    {
        if (body.Length == 0)
        {
            return "(empty)";
        }
        var type = contentType ?? string.Empty;
        if (type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return "json " + Canonical(JsonNode.Parse(body));
        }
        if (type.Contains("cbor", StringComparison.OrdinalIgnoreCase))
        {
            return "cbor " + Canonical(CborDecoder.Decode(body));
        }
        if (type.Contains("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            var pairs = Encoding.UTF8.GetString(body).Split('&')
                .Select(pair => pair.Split('=', 2))
                .Select(kv => HttpUtility.UrlDecode(kv[0]) + "=" + (kv.Length > 1 ? HttpUtility.UrlDecode(kv[1]) : string.Empty))
                .Order(StringComparer.Ordinal);
            return "form " + string.Join("&", pairs);
        }
        var text = Encoding.UTF8.GetString(body);
        if (text.TrimStart().StartsWith('<'))
        {
            return "xml " + XDocument.Parse(text).Root!.ToString(SaveOptions.DisableFormatting);
        }
        return "bytes " + Convert.ToBase64String(body);
    }

    // Objects with sorted keys, numbers in invariant form: key order never matters to the service.
    private static string Canonical(object? value) => value switch
    {
        null => "null",
        JsonObject o => "{" + string.Join(",", o.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => Quote(kv.Key) + ":" + Canonical(kv.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        JsonValue v => v.ToJsonString(),
        IDictionary<string, object?> map => "{" + string.Join(",", map.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => Quote(kv.Key) + ":" + Canonical(kv.Value))) + "}",
        string s => Quote(s),
        byte[] bytes => "b64:" + Convert.ToBase64String(bytes),
        bool b => b ? "true" : "false",
        IFormattable number and not DateTimeOffset => number.ToString(null, CultureInfo.InvariantCulture),
        DateTimeOffset time => "t:" + time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Canonical)) + "]",
        _ => value.ToString() ?? string.Empty,
    };

    private static string Quote(string s) => JsonValue.Create(s).ToJsonString();
}
