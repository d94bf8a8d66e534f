using System.Collections;
using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Protocols.Xml;

namespace BotoSharp.Protocols.Query;

/// <summary>
/// Flattens botocore-shaped input into the ordered form pairs of the query protocol: nested names joined with
/// <c>.</c>, lists as <c>Name.member.N</c> (or <c>Name.N</c> when flattened), maps as <c>Name.entry.N.key/value</c>.
/// The ec2 protocol overrides the naming and list rules.
/// </summary>
internal class QueryParameterWriter
{
    private readonly TimestampPrecision _precision;

    /// <summary>Creates a writer that formats timestamps with <paramref name="precision"/>.</summary>
    public QueryParameterWriter(TimestampPrecision precision) => _precision = precision;

    /// <summary>Writes the value of <paramref name="shape"/> under <paramref name="prefix"/>.</summary>
    public void Write(List<KeyValuePair<string, string>> output, object? value, Shape shape, string prefix)
    {
        switch (shape.TypeName)
        {
            case "structure":
                WriteStructure(output, value, shape, prefix);
                break;
            case "list":
                WriteList(output, AsList(value, prefix), (ListShape)shape, prefix);
                break;
            case "map":
                WriteMap(output, AsMap(value, prefix), (MapShape)shape, prefix);
                break;
            case "blob":
                Set(output, prefix, ValueText.Base64(value));
                break;
            case "timestamp":
                Set(output, prefix, ValueText.Timestamp(value, shape.TimestampFormat ?? "iso8601", _precision));
                break;
            case "boolean":
                Set(output, prefix, PythonFormat.IsTruthy(value) ? "true" : "false");
                break;
            case "float":
            case "double":
                Set(output, prefix, ValueText.Float(value));
                break;
            default:
                Set(output, prefix, ValueText.Str(value));
                break;
        }
    }

    /// <summary>The wire name of a member: its <c>locationName</c>, else the member name.</summary>
    protected virtual string SerializedName(Shape shape, string defaultName) =>
        shape.LocationName ?? defaultName;

    /// <summary>Writes a list: empty lists are sent as <c>Name=</c>, elements numbered from 1.</summary>
    protected virtual void WriteList(List<KeyValuePair<string, string>> output, IList value, ListShape shape, string prefix)
    {
        if (value.Count == 0)
        {
            // The query protocol sends an empty list as the bare name with an empty value.
            Set(output, prefix, string.Empty);
            return;
        }
        string listPrefix;
        if (shape.Flattened)
        {
            listPrefix = prefix;
            if (shape.Member.LocationName is { Length: > 0 } memberName)
            {
                // A flattened list's member name replaces the last segment of the prefix, not just appends to it.
                var lastDot = prefix.LastIndexOf('.');
                listPrefix = lastDot < 0 ? memberName : prefix[..(lastDot + 1)] + memberName;
            }
        }
        else
        {
            listPrefix = prefix + "." + (shape.Member.LocationName ?? "member");
        }
        for (var i = 0; i < value.Count; i++)
        {
            Write(output, value[i], shape.Member, listPrefix + "." + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Replaces or appends a pair, keeping the first position of a repeated key as a Python dict does.</summary>
    protected static void Set(List<KeyValuePair<string, string>> output, string key, string value)
    {
        for (var i = 0; i < output.Count; i++)
        {
            if (output[i].Key == key)
            {
                output[i] = new KeyValuePair<string, string>(key, value);
                return;
            }
        }
        output.Add(new KeyValuePair<string, string>(key, value));
    }

    private void WriteStructure(List<KeyValuePair<string, string>> output, object? value, Shape shape, string prefix)
    {
        var structure = (StructureShape)shape;
        foreach (var (key, memberValue) in AsMap(value, prefix))
        {
            if (!structure.Members.TryGetValue(key, out var memberShape))
            {
                throw new ParamValidationError($"Unknown parameter in {(prefix.Length == 0 ? "input" : prefix)}: \"{key}\", must be one of: {string.Join(", ", structure.Members.Keys)}");
            }
            var memberPrefix = SerializedName(memberShape, key);
            if (prefix.Length > 0)
            {
                memberPrefix = prefix + "." + memberPrefix;
            }
            Write(output, memberValue, memberShape, memberPrefix);
        }
    }

    private void WriteMap(List<KeyValuePair<string, string>> output, IDictionary<string, object?> value, MapShape shape, string prefix)
    {
        var fullPrefix = shape.Flattened ? prefix : prefix + ".entry";
        var keySuffix = SerializedName(shape.Key, "key");
        var valueSuffix = SerializedName(shape.Value, "value");
        var i = 1;
        foreach (var (key, entryValue) in value)
        {
            var index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Write(output, key, shape.Key, fullPrefix + "." + index + "." + keySuffix);
            Write(output, entryValue, shape.Value, fullPrefix + "." + index + "." + valueSuffix);
            i++;
        }
    }

    private static IList AsList(object? value, string name) =>
        value as IList ?? throw new ParamValidationError($"Invalid type for parameter {name}, value: {value}, type: {value?.GetType().Name ?? "None"}, valid types: <class 'list'>, <class 'tuple'>");

    private static IDictionary<string, object?> AsMap(object? value, string name) =>
        value as IDictionary<string, object?> ?? throw new ParamValidationError($"Invalid type for parameter {(name.Length == 0 ? "input" : name)}, value: {value}, type: {value?.GetType().Name ?? "None"}, valid types: <class 'dict'>");
}
