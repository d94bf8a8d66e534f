using System.Collections;
using BotoSharp.Errors;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Json;

/// <summary>
/// Builds the plain JSON tree for a body from botocore-shaped parameters (botocore's <c>JSONSerializer</c> walk):
/// members renamed by <c>locationName</c>, timestamps in the member's format or epoch seconds, blobs base64, float
/// special values as strings, documents passed through and null values written as <c>null</c>, as botocore does.
/// Shared by awsJson and rest-json.
/// </summary>
public sealed class JsonBodyBuilder
{
    private readonly Func<object?, string?, object> _timestamp;

    /// <summary>Creates a builder that converts timestamps with the given function (value, member format → wire value).</summary>
    public JsonBodyBuilder(Func<object?, string?, object> timestamp)
    {
        _timestamp = timestamp;
    }

    /// <summary>Builds the tree for a value of a shape (a structure yields an ordered dictionary).</summary>
    public object? Build(object? value, Shape shape)
    {
        if (value is null)
        {
            return null;
        }
        switch (shape)
        {
            case StructureShape { IsDocument: true }:
                return value;
            case StructureShape structure:
                return BuildStructure(value, structure);
            case ListShape list:
                return AsEnumerable(value, shape).Cast<object?>().Select(item => Build(item, list.Member)).ToList();
            case MapShape map:
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, item) in AsDictionary(value, shape))
                {
                    result[key] = Build(item, map.Value);
                }
                return result;
        }
        return shape.TypeName switch
        {
            "timestamp" => _timestamp(value, shape.TimestampFormat),
            "blob" => Convert.ToBase64String(ValueConversions.ToBytes(value)),
            "float" or "double" => ValueConversions.HandleFloat(value is decimal m ? (double)m : value),
            _ => value,
        };
    }

    private Dictionary<string, object?> BuildStructure(object value, StructureShape shape)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        var members = shape.Members;
        foreach (var (name, item) in AsDictionary(value, shape))
        {
            if (!members.TryGetValue(name, out var member))
            {
                throw new SerializationError($"Unknown parameter \"{name}\" for {shape.Name}.");
            }
            result[member.LocationName ?? name] = Build(item, member);
        }
        return result;
    }

    private static IDictionary<string, object?> AsDictionary(object value, Shape shape) =>
        value as IDictionary<string, object?>
        ?? throw new SerializationError($"Expected a dictionary for {shape.Name}, got {value.GetType().Name}.");

    private static IEnumerable AsEnumerable(object value, Shape shape) =>
        value is IEnumerable e and not string and not IDictionary
            ? e
            : throw new SerializationError($"Expected a list for {shape.Name}, got {value.GetType().Name}.");
}
