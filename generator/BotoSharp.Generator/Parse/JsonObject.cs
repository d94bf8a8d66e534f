using System.Collections.Generic;

namespace BotoSharp.Generator.Parse;

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
