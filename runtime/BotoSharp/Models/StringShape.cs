using System.Text.Json.Nodes;

namespace BotoSharp.Models;

/// <summary>A string shape, possibly with an <c>enum</c> of known values (never enforced, as in botocore).</summary>
public sealed class StringShape : Shape
{
    private IReadOnlyList<string>? _enum;

    internal StringShape(string name, JsonObject definition, JsonObject? memberTraits, ShapeResolver resolver)
        : base(name, definition, memberTraits, resolver)
    {
    }

    /// <summary>The known values from the <c>enum</c> trait, empty when the string is open.</summary>
    public IReadOnlyList<string> Enum => _enum ??= ReadEnum();

    private List<string> ReadEnum()
    {
        var values = new List<string>();
        if (Trait("enum") is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is JsonValue v && v.TryGetValue<string>(out var s))
                {
                    values.Add(s);
                }
            }
        }
        return values;
    }
}
