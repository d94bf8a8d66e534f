using System.Text.Json.Nodes;

namespace BotoSharp.Models;

/// <summary>A list shape: one member shape for every element.</summary>
public sealed class ListShape : Shape
{
    private Shape? _member;

    internal ListShape(string name, JsonObject definition, JsonObject? memberTraits, ShapeResolver resolver)
        : base(name, definition, memberTraits, resolver)
    {
    }

    /// <summary>The element shape, with the traits of the <c>member</c> reference (e.g. its <c>locationName</c>).</summary>
    public Shape Member => _member ??= Resolver.ResolveShapeRef(Trait("member") as JsonObject, Name, "member");

    /// <summary>How many items the last list of this shape read from JSON or XML had (at most 64), as <see cref="MapShape.ReadSizeHint"/>.</summary>
    internal int ReadSizeHint { get; set; }
}
