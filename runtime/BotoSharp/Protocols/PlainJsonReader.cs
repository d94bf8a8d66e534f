using System.Text;
using System.Text.Json;

namespace BotoSharp.Protocols;

/// <summary>
/// Reads JSON into the plain value tree Python's <c>json.loads</c> gives (objects → ordered
/// <see cref="Dictionary{TKey,TValue}"/>, arrays → <see cref="List{T}"/>, integers → <see cref="long"/>, other
/// numbers → <see cref="double"/>), which protocol parsers then walk against the shape. Duplicate keys keep the last
/// value, as Python does.
/// </summary>
public static class PlainJsonReader
{
    private static readonly JsonReaderOptions s_options = new() { MaxDepth = 512, AllowTrailingCommas = false };

    /// <summary>Parses UTF-8 JSON; throws <see cref="JsonException"/> for malformed text.</summary>
    public static object? Parse(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, s_options);
        if (!reader.Read())
        {
            throw new JsonException("Empty JSON document.");
        }
        var value = ReadValue(ref reader);
        if (reader.Read())
        {
            throw new JsonException("Extra data after the JSON document.");
        }
        return value;
    }

    /// <summary>Parses JSON text.</summary>
    public static object? Parse(string text) => Parse(Encoding.UTF8.GetBytes(text));

    /// <summary>Reads the value whose first token <paramref name="reader"/> is on, leaving it on the value's last token.</summary>
    internal static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString()!;
                    reader.Read();
                    map[key] = ReadValue(ref reader);
                }
                return map;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(ReadValue(ref reader));
                }
                return list;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var l))
                {
                    return l;
                }
                return reader.GetDouble();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }
}
