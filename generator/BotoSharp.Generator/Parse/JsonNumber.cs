using System.Collections.Generic;

namespace BotoSharp.Generator.Parse;

/// <summary>A JSON number, kept as its source text so rewriting it never changes its value.</summary>
internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(int offset, string raw)
        : base(offset, raw.Length)
    {
        Raw = raw;
    }

    public string Raw { get; }
}
