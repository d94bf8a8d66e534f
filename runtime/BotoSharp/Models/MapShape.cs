using System.Text.Json.Nodes;

namespace BotoSharp.Models;

/// <summary>A map shape: a key shape (always string-like) and a value shape.</summary>
public sealed class MapShape : Shape
{
    private Shape? _key;
    private Shape? _value;

    internal MapShape(string name, JsonObject definition, JsonObject? memberTraits, ShapeResolver resolver)
        : base(name, definition, memberTraits, resolver)
    {
    }

    /// <summary>The key shape, with the traits of the <c>key</c> reference.</summary>
    public Shape Key => _key ??= Resolver.ResolveShapeRef(Trait("key") as JsonObject, Name, "key");

    /// <summary>The value shape, with the traits of the <c>value</c> reference.</summary>
    public Shape Value => _value ??= Resolver.ResolveShapeRef(Trait("value") as JsonObject, Name, "value");

    /// <summary>
    /// How many entries the last map of this shape read from JSON had (at most 64): the typed reader sizes the next one
    /// so, instead of growing it step by step. Only a capacity, never a value; racing readers may leave either count.
    /// </summary>
    internal int ReadSizeHint { get; set; }
}
