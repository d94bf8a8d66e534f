using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using BotoSharp.Errors;

namespace BotoSharp.Models;

/// <summary>
/// Turns shape names and member references into <see cref="Shape"/> objects. Plain references (only <c>shape</c>)
/// are cached per name, so recursive models resolve lazily and each shape object is built once; references with
/// member traits build a fresh overlay, since the same shape reached through two members differs.
/// </summary>
internal sealed class ShapeResolver
{
    private readonly JsonObject _shapes;
    private readonly ConcurrentDictionary<string, Shape> _cache = new(StringComparer.Ordinal);

    public ShapeResolver(JsonObject shapes)
    {
        _shapes = shapes;
    }

    public IEnumerable<string> ShapeNames => _shapes.Select(p => p.Key);

    public Shape GetShapeByName(string shapeName, JsonObject? memberTraits = null)
    {
        if (memberTraits is null || memberTraits.Count == 0)
        {
            // Looked up first so a known shape makes no delegate (the lambda reads this resolver).
            return _cache.TryGetValue(shapeName, out var known) ? known : _cache.GetOrAdd(shapeName, n => Build(n, null));
        }
        return Build(shapeName, memberTraits);
    }

    public Shape ResolveShapeRef(JsonObject? reference, string? owner, string? member)
    {
        if (reference is null || reference["shape"] is not JsonValue target || !target.TryGetValue<string>(out var shapeName))
        {
            // Where the reference sits (Shape.member), or the reference's JSON; built only for the error.
            var where = owner is null ? reference?.ToJsonString() : $"{owner}.{member}";
            throw new InvalidShapeReferenceError($"Invalid model, missing shape reference: {where}");
        }
        if (reference.Count == 1)
        {
            return GetShapeByName(shapeName);
        }
        return GetShapeByName(shapeName, reference);
    }

    private Shape Build(string shapeName, JsonObject? memberTraits)
    {
        if (!_shapes.TryGetPropertyValue(shapeName, out var node) || node is not JsonObject definition)
        {
            throw new NoShapeFoundError(shapeName);
        }
        var type = (memberTraits?["type"] ?? definition["type"]) is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
        return type switch
        {
            null => throw new InvalidShapeError($"Shape is missing required key 'type': {shapeName}"),
            "structure" => new StructureShape(shapeName, definition, memberTraits, this),
            "list" => new ListShape(shapeName, definition, memberTraits, this),
            "map" => new MapShape(shapeName, definition, memberTraits, this),
            "string" => new StringShape(shapeName, definition, memberTraits, this),
            _ => new Shape(shapeName, definition, memberTraits, this),
        };
    }
}
