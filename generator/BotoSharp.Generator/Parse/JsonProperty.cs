using System.Collections.Generic;

namespace BotoSharp.Generator.Parse;

/// <summary>One <c>"name": value</c> pair, with the offset of its key.</summary>
internal sealed class JsonProperty
{
    public JsonProperty(string name, int keyOffset, JsonNode value)
    {
        Name = name;
        KeyOffset = keyOffset;
        Value = value;
    }

    public string Name { get; }

    public int KeyOffset { get; }

    public JsonNode Value { get; }
}
