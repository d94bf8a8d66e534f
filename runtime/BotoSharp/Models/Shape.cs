using System.Text.Json.Nodes;

namespace BotoSharp.Models;

/// <summary>
/// One shape of a service model, as botocore's <c>Shape</c>: the named definition with the traits of the member
/// reference that reached it laid over it (a member's <c>locationName</c> beats the shape's own). Traits that drive
/// serialization are exposed as typed properties; <see cref="Serialization"/> and <see cref="Metadata"/> hold them
/// under botocore's keys for code that wants the raw values.
/// </summary>
public class Shape
{
    private static readonly string[] s_serializedAttrs =
    {
        "locationName", "queryName", "flattened", "location", "payload", "streaming", "timestampFormat",
        "xmlNamespace", "resultWrapper", "xmlAttribute", "eventstream", "event", "eventheader", "eventpayload",
        "jsonvalue", "hostLabel",
    };

    private static readonly string[] s_metadataAttrs =
    {
        "required", "min", "max", "pattern", "sensitive", "enum", "idempotencyToken", "error", "exception",
        "endpointdiscoveryid", "retryable", "document", "union", "contextParam", "clientContextParams", "requiresLength",
    };

    private readonly JsonObject _definition;
    private readonly JsonObject? _memberTraits;
    private IReadOnlyDictionary<string, JsonNode?>? _serialization;
    private IReadOnlyDictionary<string, JsonNode?>? _metadata;

    internal Shape(string name, JsonObject definition, JsonObject? memberTraits, ShapeResolver resolver)
    {
        Name = name;
        _definition = definition;
        _memberTraits = memberTraits;
        Resolver = resolver;
        TypeName = Trait("type")?.GetValue<string>() ?? throw new Errors.InvalidShapeError($"Shape is missing required key 'type': {name}");
        Documentation = Trait("documentation") is JsonValue doc ? doc.GetValue<string>() : string.Empty;
        Location = StringTrait("location");
        LocationName = StringTrait("locationName");
        QueryName = StringTrait("queryName");
        TimestampFormat = StringTrait("timestampFormat");
        Flattened = BoolTrait("flattened");
        XmlAttribute = BoolTrait("xmlAttribute");
        JsonValue = BoolTrait("jsonvalue");
        HostLabel = BoolTrait("hostLabel");
        Streaming = BoolTrait("streaming");
        EventStream = BoolTrait("eventstream");
        IdempotencyToken = BoolTrait("idempotencyToken");
        RequiresLength = BoolTrait("requiresLength");
        IsDocument = BoolTrait("document");
        IsUnion = BoolTrait("union");
        IsException = BoolTrait("exception");
        Min = NumberTrait("min");
        Max = NumberTrait("max");
    }

    /// <summary>The shape's name in the model's <c>shapes</c> map.</summary>
    public string Name { get; }

    /// <summary>The model type: structure, list, map, string, integer, long, float, double, boolean, blob, timestamp…</summary>
    public string TypeName { get; }

    /// <summary>The member's or shape's documentation (HTML), empty when absent.</summary>
    public string Documentation { get; }

    /// <summary>The <c>location</c> trait: <c>uri</c>, <c>querystring</c>, <c>header</c>, <c>headers</c>, <c>statusCode</c>.</summary>
    public string? Location { get; }

    /// <summary>The <c>locationName</c> trait (botocore's <c>serialization['name']</c>).</summary>
    public string? LocationName { get; }

    /// <summary>The <c>queryName</c> trait (ec2).</summary>
    public string? QueryName { get; }

    /// <summary>The <c>timestampFormat</c> trait: <c>iso8601</c>, <c>rfc822</c> or <c>unixTimestamp</c>.</summary>
    public string? TimestampFormat { get; }

    /// <summary>The <c>flattened</c> trait (XML lists and maps).</summary>
    public bool Flattened { get; }

    /// <summary>The <c>xmlAttribute</c> trait.</summary>
    public bool XmlAttribute { get; }

    /// <summary>The <c>jsonvalue</c> trait: a header carrying base64 JSON.</summary>
    public bool JsonValue { get; }

    /// <summary>The <c>hostLabel</c> trait: the member fills a host prefix label.</summary>
    public bool HostLabel { get; }

    /// <summary>The <c>streaming</c> trait.</summary>
    public bool Streaming { get; }

    /// <summary>The <c>eventstream</c> trait.</summary>
    public bool EventStream { get; }

    /// <summary>The <c>idempotencyToken</c> trait.</summary>
    public bool IdempotencyToken { get; }

    /// <summary>The <c>requiresLength</c> trait.</summary>
    public bool RequiresLength { get; }

    /// <summary>The <c>document</c> trait: free-form JSON-like data.</summary>
    public bool IsDocument { get; }

    /// <summary>The <c>union</c> trait: exactly one member may be set.</summary>
    public bool IsUnion { get; }

    /// <summary>The <c>exception</c> trait: the shape is an error shape.</summary>
    public bool IsException { get; }

    /// <summary>The <c>min</c> trait (length or value), or null.</summary>
    public double? Min { get; }

    /// <summary>The <c>max</c> trait, or null (never validated, as in botocore).</summary>
    public double? Max { get; }

    /// <summary>The <c>xmlNamespace</c> trait as written (<c>{"uri": …, "prefix": …}</c>), or null.</summary>
    public JsonObject? XmlNamespace => Trait("xmlNamespace") as JsonObject;

    /// <summary>The <c>payload</c> trait of a structure: the member that is the whole body, or null.</summary>
    public string? Payload => StringTrait("payload");

    /// <summary>The <c>resultWrapper</c> trait (query output).</summary>
    public string? ResultWrapper => StringTrait("resultWrapper");

    /// <summary>The <c>error</c> trait (<c>code</c>, <c>httpStatusCode</c>, <c>senderFault</c>), or null.</summary>
    public JsonObject? Error => Trait("error") as JsonObject;

    /// <summary>The <c>contextParam</c> trait's name, or null.</summary>
    public string? ContextParamName => (Trait("contextParam") as JsonObject)?["name"]?.GetValue<string>();

    /// <summary>Serialization traits under botocore's keys (<c>locationName</c> appears as <c>name</c>).</summary>
    public IReadOnlyDictionary<string, JsonNode?> Serialization => _serialization ??= Collect(s_serializedAttrs, rename: true);

    /// <summary>Metadata traits under botocore's keys (<c>required</c>, <c>min</c>, <c>enum</c>, <c>error</c>…).</summary>
    public IReadOnlyDictionary<string, JsonNode?> Metadata => _metadata ??= Collect(s_metadataAttrs, rename: false);

    /// <summary>The name of the event-stream member of a structure, or null.</summary>
    public virtual string? EventStreamName => null;

    internal ShapeResolver Resolver { get; }

    /// <summary>Reads a raw trait: the member reference's value wins over the shape definition's.</summary>
    public JsonNode? Trait(string name)
    {
        if (_memberTraits is not null && _memberTraits.TryGetPropertyValue(name, out var own))
        {
            return own;
        }
        return _definition.TryGetPropertyValue(name, out var value) ? value : null;
    }

    /// <summary>Whether the trait is present (on the member reference or the shape).</summary>
    public bool HasTrait(string name) =>
        (_memberTraits is not null && _memberTraits.ContainsKey(name)) || _definition.ContainsKey(name);

    /// <inheritdoc />
    public override string ToString() => $"<{GetType().Name}({Name})>";

    internal JsonObject Definition => _definition;

    private string? StringTrait(string name) => Trait(name) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private bool BoolTrait(string name) => Trait(name) is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private double? NumberTrait(string name) => Trait(name) is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    private Dictionary<string, JsonNode?> Collect(string[] keys, bool rename)
    {
        var map = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (HasTrait(key))
            {
                map[rename && key == "locationName" ? "name" : key] = Trait(key);
            }
        }
        return map;
    }
}
