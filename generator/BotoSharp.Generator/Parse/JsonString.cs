using System.Collections.Generic;

namespace BotoSharp.Generator.Parse;

/// <summary>A JSON string, unescaped.</summary>
internal sealed class JsonString : JsonNode
{
    public JsonString(int offset, int length, string value)
        : base(offset, length)
    {
        Value = value;
    }

    public string Value { get; }
}
