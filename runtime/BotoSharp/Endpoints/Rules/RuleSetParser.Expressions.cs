using System.Text;
using System.Text.Json;
using BotoSharp.Endpoints.Library;
using BotoSharp.Errors;

namespace BotoSharp.Endpoints.Rules;

/// <summary>Expressions, templates and properties.</summary>
internal sealed partial class RuleSetParser
{
    // A switch rather than a Dictionary<string, RuleFunction>: that instantiation over an enum has no precompiled code
    // and would be JIT-compiled by the first client of every process.
    private static RuleFunction? FunctionNamed(string key) => key switch
    {
        "booleanequals" => RuleFunction.BooleanEquals,
        "stringequals" => RuleFunction.StringEquals,
        "isset" => RuleFunction.IsSet,
        "not" => RuleFunction.Not,
        "getattr" => RuleFunction.GetAttr,
        "substring" => RuleFunction.Substring,
        "uriencode" => RuleFunction.UriEncode,
        "parseurl" => RuleFunction.ParseUrl,
        "isvalidhostlabel" => RuleFunction.IsValidHostLabel,
        "awspartition" => RuleFunction.AwsPartition,
        "awsparsearn" => RuleFunction.AwsParseArn,
        "awsisvirtualhostables3bucket" => RuleFunction.AwsIsVirtualHostableS3Bucket,
        _ => null,
    };

    // Loops rather than LINQ over JsonElement (a struct): Select/ToArray instantiated over it are not precompiled.
    private Expression[] ParseExpressions(JsonElement array)
    {
        var result = new Expression[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            result[i++] = ParseExpression(item);
        }
        return result;
    }

    private Expression ParseExpression(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("fn", out var fn))
            {
                return ParseFunction(fn.GetString() ?? "", element);
            }
            if (element.TryGetProperty("ref", out var reference))
            {
                return new ReferenceExpression(Slot(reference.GetString() ?? ""));
            }
        }
        if (element.ValueKind == JsonValueKind.String)
        {
            var text = element.GetString()!;
            return HasTemplate(text) ? ParseTemplate(text) : new LiteralExpression(text);
        }
        return new LiteralExpression(JsonValues.ToPlain(element));
    }

    private FunctionExpression ParseFunction(string name, JsonElement element)
    {
        // botocore finds functions through xform_name, so case and the "." / "_" separators do not matter.
        var key = name.Replace(".", "").Replace("_", "").ToLowerInvariant();
        var function = FunctionNamed(key) ?? throw new EndpointResolutionError($"Unknown function: {name}");
        var arguments = element.TryGetProperty("argv", out var argv) && argv.ValueKind == JsonValueKind.Array
            ? ParseExpressions(argv)
            : Array.Empty<Expression>();
        var assign = element.TryGetProperty("assign", out var a) && a.ValueKind == JsonValueKind.String
            ? Slot(a.GetString()!)
            : -1;
        return new FunctionExpression(function, arguments, assign);
    }

    // Python's str.format parsing: "{{" and "}}" are literal braces, "{name#attr}" a field.
    private TemplateExpression ParseTemplate(string text)
    {
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }
            var close = c == '{' ? text.IndexOf('}', i + 1) : -1;
            if (close < 0)
            {
                literal.Append(c);
                continue;
            }
            if (literal.Length > 0)
            {
                parts.Add(new TemplatePart(literal.ToString()));
                literal.Clear();
            }
            var field = text.Substring(i + 1, close - i - 1).Split('#');
            parts.Add(new TemplatePart(Slot(field[0]), field[1..]));
            i = close;
        }
        if (literal.Length > 0)
        {
            parts.Add(new TemplatePart(literal.ToString()));
        }
        return new TemplateExpression(parts.ToArray());
    }

    private PropertyTemplate ParseProperty(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var count = 0;
                foreach (var _ in element.EnumerateObject())
                {
                    count++;
                }
                var members = new KeyValuePair<string, PropertyTemplate>[count];
                count = 0;
                foreach (var member in element.EnumerateObject())
                {
                    members[count++] = new(member.Name, ParseProperty(member.Value));
                }
                return PropertyTemplate.Map(members);
            case JsonValueKind.Array:
                var items = new PropertyTemplate[element.GetArrayLength()];
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    items[i++] = ParseProperty(item);
                }
                return PropertyTemplate.List(items);
            case JsonValueKind.String when HasTemplate(element.GetString()!):
                return PropertyTemplate.Template(ParseTemplate(element.GetString()!));
            default:
                return PropertyTemplate.Constant(JsonValues.ToPlain(element));
        }
    }
}
