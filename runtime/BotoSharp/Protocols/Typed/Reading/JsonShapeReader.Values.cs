using System.Text;
using System.Text.Json;
using BotoSharp.Clients;
using BotoSharp.Models;
using BotoSharp.Protocols.Json;

namespace BotoSharp.Protocols.Typed.Reading;

internal sealed partial class JsonShapeReader
{
    /// <inheritdoc />
    public string ReadString()
    {
        switch (_source)
        {
            case ValueSource.Json:
                var text = Value(JsonValue(JsonTokenType.String));
                Consumed();
                return text;
            case ValueSource.Body:
                return Encoding.UTF8.GetString(JsonBody);
            default:
                // FromParsed gives an enum list item that is null the enum's default, which no string makes.
                return _node is null && _shape is StringShape { Enum.Count: > 0 }
                    ? throw new TypedReadFallback("A null enum item.")
                    : NodeReference(ShapeValues.ReadString);
        }
    }

    /// <inheritdoc />
    public int ReadInt32() => _source == ValueSource.Node ? NodeValue(ShapeValues.ReadInt32) : unchecked((int)JsonInteger());

    /// <inheritdoc />
    public long ReadInt64() => _source == ValueSource.Node ? NodeValue(ShapeValues.ReadInt64) : JsonInteger();

    /// <inheritdoc />
    public float ReadSingle() => _source == ValueSource.Node ? NodeValue(ShapeValues.ReadSingle) : (float)JsonFloat();

    /// <inheritdoc />
    public double ReadDouble() => _source == ValueSource.Node ? NodeValue(ShapeValues.ReadDouble) : JsonFloat();

    /// <inheritdoc />
    public bool ReadBoolean()
    {
        if (_source == ValueSource.Node)
        {
            return NodeValue(ShapeValues.ReadBoolean);
        }
        var value = JsonValue().Type switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            var other => throw Mismatch(other),
        };
        Consumed();
        return value;
    }

    /// <inheritdoc />
    public DateTimeOffset ReadTimestamp()
    {
        if (_source == ValueSource.Node)
        {
            return NodeValue(ShapeValues.ReadTimestamp);
        }
        // The parsers' rule: text in any format botocore accepts, or epoch seconds.
        ref readonly var token = ref JsonValue();
        var value = token.Type switch
        {
            JsonTokenType.String => Timestamps.Parse(Text(token)),
            JsonTokenType.Number => Timestamps.FromEpochSeconds(Number(token)),
            var other => throw Mismatch(other),
        };
        Consumed();
        return value;
    }

    /// <inheritdoc />
    public byte[] ReadBlob()
    {
        switch (_source)
        {
            case ValueSource.Node:
                return NodeReference(ShapeValues.ReadBlob);
            case ValueSource.Body:
                // The payload is the caller's: its own array, never the pooled buffer.
                return _response.BodyStream is null ? _response.Body : throw new TypedReadFallback("A streamed payload read as bytes.");
            default:
                var bytes = Convert.FromBase64String(Text(JsonValue(JsonTokenType.String)));
                Consumed();
                return bytes;
        }
    }

    /// <inheritdoc />
    public Stream ReadStream() => _source switch
    {
        ValueSource.Node => NodeReference(ShapeValues.ReadStream),
        ValueSource.Body => _response.BodyStream ?? new MemoryStream(_response.Body, writable: false),
        _ => throw new TypedReadFallback("A stream inside a JSON body."),
    };

    /// <inheritdoc />
    public object? ReadDocument()
    {
        if (_source == ValueSource.Node)
        {
            return _node;
        }
        // A document is the plain JSON tree; any other shape typed as a document is walked by the dictionary path.
        if (!_shape.IsDocument && _shape.TypeName is "structure" or "list" or "map" or "string" or "blob" or "timestamp" or "boolean"
                or "integer" or "long" or "short" or "byte" or "float" or "double")
        {
            throw new TypedReadFallback($"A {_shape.TypeName} read as a document.");
        }
        if (_source == ValueSource.Body && OpenDocument() is { } empty)
        {
            return empty;
        }
        // The plain tree comes from the reader itself, over the value's own bytes (a well-formed value on its own).
        ref readonly var start = ref Next();
        var from = start.Start - (start.Type == JsonTokenType.String ? 1 : 0);
        ref readonly var last = ref _tokens[start.Next - 1];
        var to = last.Start + last.Length + (last.Type == JsonTokenType.String ? 1 : 0);
        var json = new Utf8JsonReader(Json[from..to], s_options);
        json.Read();
        object? value;
        try
        {
            value = PlainJsonReader.ReadValue(ref json);
        }
        catch (InvalidOperationException e)
        {
            throw new TypedReadFallback("A JSON string that is not valid UTF-8.", e);
        }
        _at = start.Next;
        Consumed();
        return value;
    }

    // A document payload: an empty body is botocore's {}, else the body's one value follows.
    private Dictionary<string, object?>? OpenDocument()
    {
        if (JsonBody.Count == 0)
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }
        _bodyOpened = true;
        return null;
    }

    private long JsonInteger()
    {
        var json = JsonTokenList.Number(Json, JsonValue(JsonTokenType.Number));
        var value = json.TryGetInt64(out var whole) ? whole : (long)json.GetDouble();
        Consumed();
        return value;
    }

    // A float member: a number, or the text Python's float() takes ("NaN", "Infinity", …).
    private double JsonFloat()
    {
        ref readonly var token = ref JsonValue();
        var value = token.Type switch
        {
            JsonTokenType.Number => Number(token),
            JsonTokenType.String => JsonNodeParsing.ParsePythonFloat(Text(token)),
            var other => throw Mismatch(other),
        };
        Consumed();
        return value;
    }

    // json.loads' number: an integer when it is one (then widened), else a double.
    private double Number(in JsonToken token)
    {
        var json = JsonTokenList.Number(Json, token);
        return json.TryGetInt64(out var whole) ? whole : json.GetDouble();
    }

    // The value the member or item handed out starts with, read from the body.
    private ref readonly JsonToken JsonValue(JsonTokenType? expected = null)
    {
        if (_source != ValueSource.Json)
        {
            throw new TypedReadFallback($"A {_shape.TypeName} read from the whole body.");
        }
        ref readonly var token = ref Next();
        if (expected is { } type && token.Type != type)
        {
            throw Mismatch(token.Type);
        }
        return ref token;
    }

    // The value has been read: the member is no longer pending.
    private void Consumed()
    {
        if (_depth > 0)
        {
            Top.Pending = false;
        }
    }

    // A node converts exactly as FromParsed converts it; a null node is a sparse item (the default, as FromParsed gives).
    private T NodeValue<T>(Func<object?, T?> convert)
        where T : struct => _node is null ? default : convert(_node) ?? throw new TypedReadFallback($"A {_shape.TypeName} FromParsed reads as null.");

    private T NodeReference<T>(Func<object?, T?> convert)
        where T : class => _node is null ? null! : convert(_node) ?? throw new TypedReadFallback($"A {_shape.TypeName} FromParsed reads as null.");

    private TypedReadFallback Mismatch(JsonTokenType token) => new($"A JSON {token} read as a {_shape.TypeName}.");
}
