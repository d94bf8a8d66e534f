using System.Text.Json;

namespace BotoSharp.Endpoints.Library;

/// <summary>Turns JSON into botocore's plain values (Dictionary / List / string / bool / long / double / null).</summary>
internal static class JsonValues
{
    /// <summary>Converts an element; objects keep their member order, as Python dicts do.</summary>
    public static object? ToPlain(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.True:
                return StandardLibrary.True;
            case JsonValueKind.False:
                return StandardLibrary.False;
            case JsonValueKind.Number:
                return element.TryGetInt64(out var integer) ? integer : element.GetDouble();
            case JsonValueKind.Object:
            {
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = ToPlain(property.Value);
                }
                return map;
            }
            case JsonValueKind.Array:
            {
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToPlain(item));
                }
                return list;
            }
            default:
                return null;
        }
    }
}
