using System.Text.Json;
using BotoSharp.Clients;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Typed.Reading;

internal sealed partial class JsonShapeReader
{
    // Collections are sized as the last one of their shape (Models' ReadSizeHint), up to this many entries.
    private const int MaxSizeHint = 64;

    /// <inheritdoc />
    public T ReadStructure<T>()
        where T : IResponseShape<T>
    {
        if (_source == ValueSource.Node)
        {
            return _node switch
            {
                null => default!,
                IReadOnlyDictionary<string, object?> parsed => T.FromParsed(parsed),
                _ => throw new TypedReadFallback("A structure from a header."),
            };
        }
        if (_shape is not StructureShape shape || shape.IsDocument)
        {
            throw new TypedReadFallback($"{_shape.Name} read as a structure.");
        }
        Phase phase;
        if (_source == ValueSource.Body)
        {
            // A structure payload is the body's object; an empty body has no members.
            phase = OpenBody();
        }
        else
        {
            JsonValue(JsonTokenType.StartObject);
            phase = Phase.Object;
        }
        Push(shape, phase);
        var value = T.ReadFrom(this);
        Pop();
        return value;
    }

    /// <inheritdoc />
    /// <remarks>JSON never spreads a list over repeated keys, so <paramref name="existing"/> is not added to.</remarks>
    public List<T> ReadList<T>(List<T>? existing, Func<IShapeReader, T> readItem)
    {
        ArgumentNullException.ThrowIfNull(readItem);
        if (_shape is not ListShape shape)
        {
            throw new TypedReadFallback($"{_shape.Name} read as a list.");
        }
        if (_source == ValueSource.Node)
        {
            return NodeList(shape, readItem);
        }
        JsonValue(JsonTokenType.StartArray);
        var list = new List<T>(shape.ReadSizeHint);
        while (true)
        {
            var item = _tokens[_at].Type;
            if (item == JsonTokenType.EndArray)
            {
                _at++;
                Consumed();
                shape.ReadSizeHint = Math.Min(list.Count, MaxSizeHint);
                return list;
            }
            _shape = shape.Member;
            // Lists are sparse: a null item stays null (or the default), as FromParsed gives it.
            _source = item == JsonTokenType.Null ? ValueSource.Node : ValueSource.Json;
            if (_source == ValueSource.Node)
            {
                _at++;
                _node = null;
            }
            list.Add(readItem(this));
        }
    }

    /// <inheritdoc />
    public Dictionary<string, T> ReadMap<T>(Dictionary<string, T>? existing, Func<IShapeReader, T> readValue)
    {
        ArgumentNullException.ThrowIfNull(readValue);
        if (_shape is not MapShape shape)
        {
            throw new TypedReadFallback($"{_shape.Name} read as a map.");
        }
        if (_source == ValueSource.Node)
        {
            return NodeMap(shape, readValue);
        }
        JsonValue(JsonTokenType.StartObject);
        var map = new Dictionary<string, T>(shape.ReadSizeHint, StringComparer.Ordinal);
        while (true)
        {
            ref readonly var name = ref Next();
            if (name.Type == JsonTokenType.EndObject)
            {
                Consumed();
                shape.ReadSizeHint = Math.Min(map.Count, MaxSizeHint);
                return map;
            }
            var key = Value(name);
            _shape = shape.Value;
            _source = _tokens[_at].Type == JsonTokenType.Null ? ValueSource.Node : ValueSource.Json;
            if (_source == ValueSource.Node)
            {
                // The parsers walk a null map value as the value shape: an empty list for a list, null otherwise.
                _at++;
                _node = shape.Value is ListShape ? new List<object?>() : null;
            }
            // A repeated key keeps its first position and its last value, as a Python dict does.
            map[key] = readValue(this);
        }
    }

    // A header list (split at commas by the parser) or a null item's list.
    private List<T> NodeList<T>(ListShape shape, Func<IShapeReader, T> readItem)
    {
        if (_node is null)
        {
            return null!;
        }
        if (_node is not List<object?> items)
        {
            throw new TypedReadFallback("A list from something else.");
        }
        var list = new List<T>(items.Count);
        foreach (var item in items)
        {
            _shape = shape.Member;
            _source = ValueSource.Node;
            _node = item;
            list.Add(readItem(this));
        }
        return list;
    }

    // A prefixed-headers map (unparsed strings), or a null item's map.
    private Dictionary<string, T> NodeMap<T>(MapShape shape, Func<IShapeReader, T> readValue)
    {
        if (_node is null)
        {
            return null!;
        }
        if (_node is not Dictionary<string, object?> entries)
        {
            throw new TypedReadFallback("A map from something else.");
        }
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            _shape = shape.Value;
            _source = ValueSource.Node;
            _node = value;
            map[key] = readValue(this);
        }
        return map;
    }
}
