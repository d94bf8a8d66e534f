using System.Collections.Generic;

namespace BotoSharp.Generator.Parse;

/// <summary>A JSON array.</summary>
internal sealed class JsonArray : JsonNode
{
    public JsonArray(int offset)
        : base(offset, 1)
    {
    }

    public List<JsonNode> Items { get; } = new List<JsonNode>();
}
