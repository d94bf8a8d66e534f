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

    /// <summary>
    /// The properties in file order. A repeated key keeps its last value in its first place, as a Python dict does
    /// (botocore's <c>json.load</c> of a file and its <c>merge_dicts</c> of an sdk-extras file), so the embedded
    /// model lists keys in botocore's order.
    /// </summary>
    public List<JsonProperty> Properties { get; } = new List<JsonProperty>();

    public void Add(JsonProperty property)
    {
        if (_byName.TryGetValue(property.Name, out var existing))
        {
            Properties[Properties.IndexOf(existing)] = property;
        }
        else
        {
            Properties.Add(property);
        }
        _byName[property.Name] = property;
    }

    public void Set(string name, JsonNode value) => Add(new JsonProperty(name, value.Offset, value));

    public JsonNode? Get(string name) => _byName.TryGetValue(name, out var p) ? p.Value : null;

    public JsonProperty? GetProperty(string name) => _byName.TryGetValue(name, out var p) ? p : null;

    public string? GetString(string name) => Get(name) is JsonString s ? s.Value : null;

    public bool GetBool(string name) => Get(name) is JsonLiteral { Kind: JsonLiteralKind.True };

    public JsonObject? GetObject(string name) => Get(name) as JsonObject;
}
