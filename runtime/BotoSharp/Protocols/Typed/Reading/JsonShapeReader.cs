using System.Text.Json;
using BotoSharp.Clients;
using BotoSharp.Models;
using BotoSharp.Protocols.Rest;
using BotoSharp.Protocols.RestJson;

namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// The typed reader for JSON responses (awsJson 1.0/1.1 and rest-json): one forward pass over the body with a
/// <see cref="Utf8JsonReader"/>, guided by the runtime model, with the dictionary path's rules — members by their
/// <c>locationName</c>, null values skipped, a union must hold exactly one non-null member besides <c>__type</c>;
/// rest-json reads headers and the status code first, then the payload member or the body's members. Anything the
/// dictionary path reads another way (a repeated key, a value of an unexpected JSON type, malformed JSON) makes the
/// reader give up, so the dictionary path parses the same bytes and botocore's result or error stands.
/// </summary>
/// <remarks>
/// <see cref="Utf8JsonReader"/> is a ref struct that cannot live between the generated code's calls, so one pass of it
/// fills a <see cref="JsonTokenList"/> (kept with the reader per thread) and the reader walks the tokens by index.
/// </remarks>
internal sealed partial class JsonShapeReader : IShapeReader
{
    private static readonly JsonReaderOptions s_options = new() { MaxDepth = 512 };

    // Header and status-code values are parsed as the rest-json parser parses them, then converted as FromParsed does.
    private static readonly RestJsonParser s_headerParser = new();

    private ProtocolResponse _response = null!;
    private ResponseMetadata _metadata = null!;
    private bool _rest;
    private readonly List<Frame> _frames = new();
    private readonly JsonTokenList _tokens = new();
    private bool _tokenized;
    private int _at;
    private int _depth;
    private bool _bodyOpened;
    private Shape _shape = null!;
    private ValueSource _source;
    private object? _node;
    // The thread's reader keeps a document's repeated values once (a Query page's attribute names); null otherwise.
    private DocumentStrings? _strings;

    /// <summary>Creates a reader over a 2xx response of <paramref name="protocol"/> (json or rest-json).</summary>
    public JsonShapeReader(ProtocolResponse response, StructureShape output, ResponseMetadata metadata, string protocol)
    {
        Start(response, output, metadata, protocol);
    }

    /// <summary>An idle reader, kept per thread (<see cref="ReadOnce"/>) and started for each response.</summary>
    public JsonShapeReader()
    {
    }

    /// <summary>
    /// Reads a 2xx response as <see cref="ReadOutput"/> does with the thread's reader, so a call makes no reader, frame
    /// list, frames or seen-key arrays; the reader goes back only after a clean read (one that gave up is dropped).
    /// </summary>
    /// <exception cref="TypedReadFallback">The response needs the dictionary path.</exception>
    public static object ReadOnce(ProtocolResponse response, StructureShape output, ResponseMetadata metadata, string protocol,
        Func<IShapeReader, object> read)
    {
        var reader = Writing.ThreadReusable<JsonShapeReader>.Take();
        reader._strings ??= new DocumentStrings();
        reader.Start(response, output, metadata, protocol);
        var result = reader.ReadOutput(output, read);
        // Nothing of this response is kept past the read.
        reader._response = null!;
        reader._metadata = null!;
        reader._node = null;
        reader._tokens.Trim();
        reader._strings.Clear();
        Writing.ThreadReusable<JsonShapeReader>.Return(reader);
        return result;
    }

    // Every field a read depends on, set for a new response (frames are reset as they are pushed).
    private void Start(ProtocolResponse response, StructureShape output, ResponseMetadata metadata, string protocol)
    {
        _response = response;
        _shape = output;
        _metadata = metadata;
        _rest = protocol == "rest-json";
        _tokenized = false;
        _at = 0;
        _depth = 0;
        _bodyOpened = false;
        _source = ValueSource.Json;
        _node = null;
    }

    private enum ValueSource
    {
        /// <summary>The next JSON value of the body.</summary>
        Json,

        /// <summary>A value already parsed to a plain node (a header, the status code, a null item).</summary>
        Node,

        /// <summary>The whole body (a rest-json payload member).</summary>
        Body,
    }

    private enum Phase
    {
        Located,
        Object,
        Empty,
        Done,
    }

    /// <inheritdoc />
    public ResponseMetadata? ResponseMetadata => _depth <= 1 ? _metadata : null;

    private Frame Top => _frames[_depth - 1];

    /// <summary>Reads the whole response as <paramref name="output"/> with <paramref name="read"/> (the generated <c>ReadFrom</c>).</summary>
    /// <exception cref="TypedReadFallback">The response needs the dictionary path.</exception>
    public object ReadOutput(StructureShape output, Func<IShapeReader, object> read)
    {
        if (output.EventStreamName is not null)
        {
            throw new TypedReadFallback("An event-stream output.");
        }
        Push(output, _rest ? Phase.Located : OpenBody());
        var result = read(this);
        Pop();
        if (_bodyOpened)
        {
            EnsureEnd();
        }
        return result;
    }

    /// <inheritdoc />
    public string? NextMember()
    {
        var frame = Top;
        switch (frame.Phase)
        {
            case Phase.Located:
                return NextLocated(frame) ?? NextMember();
            case Phase.Object:
                return NextProperty(frame);
            case Phase.Empty:
                return Finish(frame);
            default:
                return null;
        }
    }

    // The next key of the object that is a member with a non-null value; null (and the union check) at its end.
    private string? NextProperty(Frame frame)
    {
        if (frame.Pending)
        {
            // The generated code left the member unread.
            SkipValue();
            frame.Pending = false;
        }
        while (true)
        {
            ref readonly var name = ref Next();
            if (name.Type == JsonTokenType.EndObject)
            {
                return Finish(frame);
            }
            // An escaped name (rare) unescapes into an array of its own: never longer than its escaped bytes.
            var key = JsonTokenList.Utf8(Json, name, name.Escaped ? new byte[name.Length] : default);
            var member = frame.Table.Find(key);
            var isNull = _tokens[_at].Type == JsonTokenType.Null;
            if (member is not null)
            {
                // A repeated key: the dictionary keeps the last value, even a null one.
                frame.Seen[member.Index] = !frame.Seen[member.Index] ? true : throw new TypedReadFallback($"A repeated key in {frame.Shape.Name}.");
            }
            // Only a union counts its members (the name compare is left to unions).
            if (frame.Shape.IsUnion && !isNull && !key.SequenceEqual("__type"u8))
            {
                frame.UnionMembers += member is not null ? 1 : throw new TypedReadFallback($"An unknown member of the union {frame.Shape.Name}.");
            }
            if (isNull || member is null)
            {
                SkipValue();
                continue;
            }
            if (_rest && member.Shape.Location is "header" or "headers" or "statusCode")
            {
                throw new TypedReadFallback("A header or status-code member named in the body.");
            }
            // The position stays before the value: the Read… call reads it.
            _shape = member.Shape;
            _source = ValueSource.Json;
            frame.Pending = true;
            return member.Name;
        }
    }

    // rest-json: the header and status-code members that are present, then the payload member or the body's members.
    private string? NextLocated(Frame frame)
    {
        var located = frame.Table.Located;
        while (frame.NextLocated < located.Length)
        {
            var member = located[frame.NextLocated++];
            var shape = member.Shape;
            var node = shape.Location switch
            {
                "statusCode" => s_headerParser.ParseNode(shape, (long)_response.StatusCode),
                "headers" => RestParserBase.ParseHeaderMap(shape, _response.Headers),
                _ => _response.Headers.TryGetValue(shape.LocationName ?? member.Name, out var text) ? s_headerParser.ParseNode(shape, text) : null,
            };
            if (node is not null)
            {
                _shape = shape;
                _source = ValueSource.Node;
                _node = node;
                return member.Name;
            }
        }
        if (frame.Shape.Payload is { } payload && frame.Shape.Members.TryGetValue(payload, out var payloadShape))
        {
            frame.Phase = Phase.Done;
            _shape = payloadShape;
            _source = ValueSource.Body;
            return payload;
        }
        frame.Phase = OpenBody();
        return null;
    }

    private static string? Finish(Frame frame)
    {
        if (frame.Shape.IsUnion && frame.UnionMembers != 1)
        {
            throw new TypedReadFallback($"The union {frame.Shape.Name} does not have exactly one member.");
        }
        frame.Phase = Phase.Done;
        return null;
    }

    private Frame Push(StructureShape shape, Phase phase)
    {
        if (_depth == _frames.Count)
        {
            _frames.Add(new Frame());
        }
        var frame = _frames[_depth++];
        // A frame keeps its last structure's table (reader and frames are the thread's): a map of structures, or the
        // same output call after call, reads one shape at one depth again and again, and the table's own lookup goes
        // through a weak table (a runtime call per structure read).
        var table = ReferenceEquals(frame.Shape, shape) ? frame.Table : JsonMemberTable.For(shape);
        if (table.SharesKeys)
        {
            throw new TypedReadFallback($"Members of {shape.Name} share a key.");
        }
        frame.Reset(shape, table, phase);
        return frame;
    }

    private void Pop()
    {
        _depth--;
        if (_depth > 0)
        {
            Top.Pending = false;
        }
    }
}
