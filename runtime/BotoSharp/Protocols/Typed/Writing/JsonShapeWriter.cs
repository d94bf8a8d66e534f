using BotoSharp.Clients;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// Writes a typed structure as the JSON body botocore's <c>JSONSerializer</c> builds for awsJson and rest-json:
/// members by <c>locationName</c>, timestamps in the member's format (default epoch seconds), blobs base64, float
/// special values as strings, documents as given; bytes identical to <c>json.dumps</c> of the dictionary path's tree.
/// </summary>
internal sealed class JsonShapeWriter : ModelShapeWriter, IBodyShapeWriter
{
    // A kept writer's buffer stays rented; one grown past this by a large body goes back to the pool instead.
    private const int KeptBufferLimit = 16 * 1024;

    private readonly PythonJsonBuffer _buffer = new();
    private TimestampPrecision _precision;
    private bool[] _first = new bool[8];
    private int _level;

    public JsonShapeWriter(TimestampPrecision precision)
    {
        _precision = precision;
    }

    /// <summary>A writer kept per thread for <see cref="Serialize"/>, which sets the precision of each write.</summary>
    public JsonShapeWriter()
    {
    }

    /// <summary>The JSON object for <paramref name="request"/> as the structure <paramref name="shape"/>.</summary>
    public static byte[] Serialize(IRequestShape request, StructureShape shape, TimestampPrecision precision)
    {
        // One writer per thread, reused call after call (ThreadReusable: a nested write makes its own, and a write that
        // threw is never given back).
        var writer = ThreadReusable<JsonShapeWriter>.Take();
        writer._precision = precision;
        writer.WriteObject(request, shape);
        var body = writer.ToArray();
        if (writer._buffer.Capacity <= KeptBufferLimit)
        {
            writer._buffer.Clear();
            writer._level = 0;
            writer.ForgetFrames();
            ThreadReusable<JsonShapeWriter>.Return(writer);
        }
        else
        {
            writer.Dispose();
        }
        return body;
    }

    /// <summary>Writes <paramref name="request"/> as a JSON object of <paramref name="shape"/>.</summary>
    public void WriteObject(IRequestShape request, StructureShape shape)
    {
        BeginStructure(shape);
        WriteRoot(request, shape);
        EndStructure(shape);
    }

    /// <inheritdoc />
    public byte[] WritePayload(IRequestShape value, StructureShape member)
    {
        WriteObject(value, member);
        return ToArray();
    }

    /// <inheritdoc />
    public void BeginBody(StructureShape shape)
    {
        BeginStructure(shape);
        OpenRoot(shape);
    }

    /// <inheritdoc />
    public byte[] EndBody(StructureShape shape)
    {
        CloseRoot();
        EndStructure(shape);
        return ToArray();
    }

    public byte[] ToArray() => _buffer.ToArray();

    public void Dispose() => _buffer.Dispose();

    protected override void BeginMember(string name, Shape shape)
    {
        Separator();
        _buffer.Quoted(shape.LocationName ?? name);
        _buffer.Ascii(": ");
    }

    protected override void BeginItem(Shape shape)
    {
        Separator();
        if (Container is MapShape)
        {
            _buffer.Quoted(Key);
            _buffer.Ascii(": ");
        }
    }

    protected override void WriteString(Shape shape, string value) => _buffer.Quoted(value);

    protected override void WriteInteger(Shape shape, long value) => _buffer.Integer(value);

    protected override void WriteFloat(Shape shape, double value)
    {
        if (double.IsNaN(value))
        {
            _buffer.Ascii("\"NaN\"");
        }
        else if (double.IsInfinity(value))
        {
            _buffer.Ascii(value > 0 ? "\"Infinity\"" : "\"-Infinity\"");
        }
        else
        {
            _buffer.Ascii(PythonFormat.FloatRepr(value));
        }
    }

    protected override void WriteBoolean(Shape shape, bool value) => _buffer.Ascii(value ? "true" : "false");

    protected override void WriteTimestamp(Shape shape, DateTimeOffset value)
    {
        switch (Timestamps.Format(value.ToUniversalTime(), shape.TimestampFormat ?? "unixtimestamp", _precision))
        {
            case string text:
                _buffer.Quoted(text);
                break;
            case long seconds:
                _buffer.Integer(seconds);
                break;
            case var number:
                _buffer.Ascii(PythonJsonWriter.Serialize(number));
                break;
        }
    }

    protected override void WriteBlob(Shape shape, byte[] value)
    {
        _buffer.Byte((byte)'"');
        _buffer.Ascii(Convert.ToBase64String(value));
        _buffer.Byte((byte)'"');
    }

    protected override void WriteDocument(Shape shape, object? value) => _buffer.Ascii(PythonJsonWriter.Serialize(value));

    protected override void BeginStructure(StructureShape shape) => Open((byte)'{');

    protected override void EndStructure(StructureShape shape) => Close((byte)'}');

    protected override void BeginList(ListShape shape, int count) => Open((byte)'[');

    protected override void EndList(ListShape shape) => Close((byte)']');

    protected override void BeginMap(MapShape shape, int count) => Open((byte)'{');

    protected override void EndMap(MapShape shape) => Close((byte)'}');

    private void Open(byte bracket)
    {
        _buffer.Byte(bracket);
        if (_level == _first.Length)
        {
            Array.Resize(ref _first, _level * 2);
        }
        _first[_level++] = true;
    }

    private void Close(byte bracket)
    {
        _level--;
        _buffer.Byte(bracket);
    }

    private void Separator()
    {
        if (_first[_level - 1])
        {
            _first[_level - 1] = false;
        }
        else
        {
            _buffer.Ascii(", ");
        }
    }
}
