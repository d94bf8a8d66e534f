using System.Globalization;
using System.Text;

namespace BotoSharp.Generator.Parse;

/// <summary>
/// Writes a model back as minified JSON without its documentation, for embedding: documentation is most of a model's
/// size and nothing on the call path reads it (the generated XML doc comments carry it), while every other key
/// (including ones we do not understand) is kept in order.
/// </summary>
internal static class CompactJsonWriter
{
    public static string Write(JsonNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node, parentKey: null);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JsonNode node, string? parentKey)
    {
        switch (node)
        {
            case JsonObject obj:
                builder.Append('{');
                var first = true;
                // Under "shapes", "members" and "operations" the keys are names, so a member called "documentation" survives.
                var keysAreNames = parentKey is "shapes" or "members" or "operations" or "pagination" or "waiters";
                foreach (var p in obj.Properties)
                {
                    if (!keysAreNames && p.Value is JsonString && (p.Name == "documentation" || p.Name == "documentationUrl"))
                    {
                        continue;
                    }
                    if (!first)
                    {
                        builder.Append(',');
                    }
                    first = false;
                    WriteString(builder, p.Name);
                    builder.Append(':');
                    Write(builder, p.Value, keysAreNames ? null : p.Name);
                }
                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }
                    Write(builder, array.Items[i], null);
                }
                builder.Append(']');
                break;
            case JsonString s:
                WriteString(builder, s.Value);
                break;
            case JsonNumber n:
                builder.Append(n.Raw);
                break;
            case JsonLiteral l:
                builder.Append(l.Kind == JsonLiteralKind.True ? "true" : l.Kind == JsonLiteralKind.False ? "false" : "null");
                break;
        }
    }

    private static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        builder.Append('"');
    }
}
