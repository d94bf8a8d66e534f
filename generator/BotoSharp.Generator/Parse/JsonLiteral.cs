using System.Collections.Generic;

namespace BotoSharp.Generator.Parse;

/// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
internal sealed class JsonLiteral : JsonNode
{
    public JsonLiteral(int offset, JsonLiteralKind kind)
        : base(offset, kind == JsonLiteralKind.False ? 5 : 4)
    {
        Kind = kind;
    }

    public JsonLiteralKind Kind { get; }
}
