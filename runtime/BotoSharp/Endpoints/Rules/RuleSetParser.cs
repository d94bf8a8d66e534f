using System.Text;
using System.Text.Json;
using BotoSharp.Endpoints.Library;
using BotoSharp.Errors;

namespace BotoSharp.Endpoints.Rules;

/// <summary>
/// Reads <c>endpoint-rule-set-1.json</c> once into the immutable rule tree. Every variable name gets a slot
/// here, function names are resolved, templates split and getAttr paths parsed, so evaluation touches no JSON.
/// </summary>
internal sealed partial class RuleSetParser
{
    /// <summary>
    /// Whether <paramref name="text"/> holds a template placeholder, botocore's <c>\{[a-zA-Z#]+\}</c> searched anywhere.
    /// By hand, not a regex: every rule set string is tested while a client's rule set is read, and the first use of
    /// a generated regex loads the regex engine and builds every pattern's search tables in a cold process.
    /// </summary>
    internal static bool HasTemplate(string text)
    {
        for (var open = text.IndexOf('{'); open >= 0; open = text.IndexOf('{', open + 1))
        {
            var end = open + 1;
            while (end < text.Length && (char.IsAsciiLetter(text[end]) || text[end] == '#'))
            {
                end++;
            }
            if (end > open + 1 && end < text.Length && text[end] == '}')
            {
                return true;
            }
        }
        return false;
    }

    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<string> _slotNames = new();

    /// <summary>Parses a rule set against the given partitions.</summary>
    public static RuleSet Parse(string ruleSetJson, PartitionTable partitions)
    {
        try
        {
            using var document = JsonDocument.Parse(ruleSetJson);
            return Parse(document.RootElement, partitions);
        }
        catch (JsonException ex)
        {
            throw new EndpointResolutionError($"Invalid endpoint rule set: {ex.Message}", ex);
        }
    }

    /// <summary>Reads an already parsed rule set (e.g. the process-wide parse of a compiled one) against the given partitions.</summary>
    public static RuleSet Parse(JsonElement root, PartitionTable partitions)
    {
        try
        {
            return new RuleSetParser().ParseRoot(root, partitions);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new EndpointResolutionError($"Invalid endpoint rule set: {ex.Message}", ex);
        }
    }

    private RuleSet ParseRoot(JsonElement root, PartitionTable partitions)
    {
        var parameters = new List<EndpointParameterDefinition>();
        if (root.TryGetProperty("parameters", out var parameterMap) && parameterMap.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in parameterMap.EnumerateObject())
            {
                parameters.Add(ParseParameter(property.Name, property.Value));
            }
        }
        var rules = ParseRules(root.GetProperty("rules"));
        var version = root.TryGetProperty("version", out var v) ? v.ToString() : null;
        return new RuleSet(version, parameters.ToArray(), rules, _slotNames.ToArray(), _slots, partitions);
    }

    private EndpointParameterDefinition ParseParameter(string name, JsonElement spec)
    {
        var typeName = spec.GetProperty("type").GetString() ?? "";
        EndpointParameterType type = typeName.ToLowerInvariant() switch
        {
            "string" => EndpointParameterType.String,
            "boolean" => EndpointParameterType.Boolean,
            "stringarray" => EndpointParameterType.StringArray,
            _ => throw new EndpointResolutionError(
                $"Unknown parameter type: {typeName}. A parameter must be of type string, boolean, or stringarray."),
        };
        var defaultValue = spec.TryGetProperty("default", out var d) ? JsonValues.ToPlain(d) : null;
        if (type == EndpointParameterType.StringArray && defaultValue is not null)
        {
            defaultValue = PythonText.AsStringArray(defaultValue) ?? defaultValue;
        }
        string? deprecatedMessage = null, deprecatedSince = null;
        var deprecated = spec.TryGetProperty("deprecated", out var dep) && dep.ValueKind != JsonValueKind.Null;
        if (deprecated && dep.ValueKind == JsonValueKind.Object)
        {
            deprecatedMessage = dep.TryGetProperty("message", out var m) ? m.GetString() : null;
            deprecatedSince = dep.TryGetProperty("since", out var s) ? s.GetString() : null;
        }
        return new EndpointParameterDefinition(
            name, type,
            spec.TryGetProperty("builtIn", out var b) ? b.GetString() : null,
            defaultValue,
            spec.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True,
            spec.TryGetProperty("documentation", out var doc) ? doc.GetString() : null,
            deprecatedMessage, deprecatedSince, deprecated, Slot(name));
    }

    private Rule[] ParseRules(JsonElement rules)
    {
        var result = new Rule[rules.GetArrayLength()];
        var i = 0;
        foreach (var rule in rules.EnumerateArray())
        {
            result[i++] = ParseRule(rule);
        }
        return result;
    }

    private Rule ParseRule(JsonElement rule)
    {
        var conditions = Array.Empty<Expression>();
        if (rule.TryGetProperty("conditions", out var conditionList) && conditionList.ValueKind == JsonValueKind.Array)
        {
            conditions = ParseExpressions(conditionList);
        }
        var type = rule.TryGetProperty("type", out var t) ? t.GetString() : null;
        switch (type)
        {
            case "endpoint":
                return ParseEndpointRule(conditions, rule.GetProperty("endpoint"));
            case "error":
                return new ErrorRule(conditions, ParseExpression(rule.GetProperty("error")));
            case "tree":
                return new TreeRule(conditions, ParseRules(rule.GetProperty("rules")));
            default:
                throw new EndpointResolutionError(
                    $"Unknown rule type: {type}. A rule must be of type tree, endpoint or error.");
        }
    }

    private EndpointRule ParseEndpointRule(Expression[] conditions, JsonElement endpoint)
    {
        var url = ParseExpression(endpoint.GetProperty("url"));
        PropertyTemplate? properties = null;
        if (endpoint.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            properties = ParseProperty(p);
        }
        var headers = new List<KeyValuePair<string, Expression[]>>();
        if (endpoint.TryGetProperty("headers", out var h) && h.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in h.EnumerateObject())
            {
                headers.Add(new(header.Name, ParseExpressions(header.Value)));
            }
        }
        return new EndpointRule(conditions, url, properties, headers.ToArray());
    }

    private int Slot(string name)
    {
        if (!_slots.TryGetValue(name, out var slot))
        {
            slot = _slotNames.Count;
            _slots[name] = slot;
            _slotNames.Add(name);
        }
        return slot;
    }
}
