using System.Collections.Generic;

namespace BotoSharp.Generator.Parse;

/// <summary>
/// A JSON value read by <see cref="JsonReader"/>, with the offset it starts at so diagnostics can point into the file.
/// These nodes live only inside the Parse stage; nothing downstream of it holds one.
/// </summary>
internal abstract class JsonNode
{
    protected JsonNode(int offset, int length)
    {
        Offset = offset;
        Length = length;
    }

    /// <summary>Offset of the first character of the value.</summary>
    public int Offset { get; }

    /// <summary>Length of the value's text (for containers, up to and including the closing bracket).</summary>
    public int Length { get; internal set; }
}

/// <summary>A JSON object; properties keep file order, lookups go through a dictionary.</summary>
internal sealed class JsonObject : JsonNode
{
    private readonly Dictionary<string, JsonProperty> _byName = new Dictionary<string, JsonProperty>();

    public JsonObject(int offset)
        : base(offset, 1)
    {
    }

    /// <summary>The properties in file order (a repeated key keeps its last value, as most JSON readers do).</summary>
    public List<JsonProperty> Properties { get; } = new List<JsonProperty>();

    public void Add(JsonProperty property)
    {
        if (_byName.TryGetValue(property.Name, out var existing))
        {
            Properties.Remove(existing);
        }
        _byName[property.Name] = property;
        Properties.Add(property);
    }

    public void Set(string name, JsonNode value) => Add(new JsonProperty(name, value.Offset, value));

    public JsonNode? Get(string name) => _byName.TryGetValue(name, out var p) ? p.Value : null;

    public JsonProperty? GetProperty(string name) => _byName.TryGetValue(name, out var p) ? p : null;

    public string? GetString(string name) => Get(name) is JsonString s ? s.Value : null;

    public bool GetBool(string name) => Get(name) is JsonLiteral { Kind: JsonLiteralKind.True };

    public JsonObject? GetObject(string name) => Get(name) as JsonObject;
}

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

/// <summary>A JSON array.</summary>
internal sealed class JsonArray : JsonNode
{
    public JsonArray(int offset)
        : base(offset, 1)
    {
    }

    public List<JsonNode> Items { get; } = new List<JsonNode>();
}

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

/// <summary>The kinds of <see cref="JsonLiteral"/>.</summary>
internal enum JsonLiteralKind
{
    True,
    False,
    Null,
}

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
