using BotoSharp.Clients;
using BotoSharp.Errors;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// The shape bookkeeping every model-driven writer shares: it resolves each member call to the member's
/// <see cref="Shape"/> in the enclosing structure and each element call to the enclosing list's member or map's
/// value, tracks list positions and map keys, and hands the protocol one resolved event per value. Null members are
/// skipped here, so a protocol sees exactly the members <see cref="IRequestShape.ToParameters"/> would contain, in
/// the same order.
/// </summary>
internal abstract class ModelShapeWriter : IShapeWriter
{
    private Frame[] _frames = new Frame[8];
    private int _depth;

    /// <summary>The innermost container (a structure, list or map).</summary>
    protected Shape Container => _frames[_depth - 1].Shape;

    /// <summary>The index of the current list element, or of the current map entry.</summary>
    protected int Index => _frames[_depth - 1].Index;

    /// <summary>The key of the current map entry.</summary>
    protected string Key => _frames[_depth - 1].Key!;

    /// <summary>How deep the writer is (1 inside the root structure).</summary>
    protected int Depth => _depth;

    /// <summary>Writes <paramref name="request"/> as the members of <paramref name="root"/>.</summary>
    protected void WriteRoot(IRequestShape request, StructureShape root)
    {
        OpenRoot(root);
        request.WriteTo(this);
        CloseRoot();
    }

    /// <summary>Enters <paramref name="root"/> so that member calls made from outside (a rest router) resolve in it.</summary>
    internal void OpenRoot(StructureShape root)
    {
        _depth = 0;
        Push(root);
    }

    /// <summary>Leaves the root entered by <see cref="OpenRoot"/>.</summary>
    internal void CloseRoot() => _depth = 0;

    /// <summary>Drops the shapes and map keys the frames still point at (a writer kept for reuse holds no caller's key).</summary>
    protected void ForgetFrames() => Array.Clear(_frames);

    /// <summary>Before a member's value.</summary>
    protected abstract void BeginMember(string name, Shape shape);

    /// <summary>After a member's value.</summary>
    protected virtual void EndMember(string name, Shape shape)
    {
    }

    /// <summary>Before a list element or map value (<see cref="Index"/> and, in a map, <see cref="Key"/> say which).</summary>
    protected abstract void BeginItem(Shape shape);

    /// <summary>After a list element or map value.</summary>
    protected virtual void EndItem(Shape shape)
    {
    }

    protected abstract void WriteString(Shape shape, string value);

    protected abstract void WriteInteger(Shape shape, long value);

    /// <summary>A float or double (floats widen to double, as the dictionary path carries them).</summary>
    protected abstract void WriteFloat(Shape shape, double value);

    protected abstract void WriteBoolean(Shape shape, bool value);

    protected abstract void WriteTimestamp(Shape shape, DateTimeOffset value);

    protected abstract void WriteBlob(Shape shape, byte[] value);

    /// <summary>A stream value; outside a raw payload it is read to the end and written as a blob, as the dictionary path does.</summary>
    protected virtual void WriteStream(Shape shape, Stream value) => WriteBlob(shape, ValueConversions.ToBytes(value));

    protected abstract void WriteDocument(Shape shape, object? value);

    protected abstract void BeginStructure(StructureShape shape);

    protected abstract void EndStructure(StructureShape shape);

    protected abstract void BeginList(ListShape shape, int count);

    protected abstract void EndList(ListShape shape);

    protected abstract void BeginMap(MapShape shape, int count);

    protected abstract void EndMap(MapShape shape);

    /// <summary>The shape of member <paramref name="name"/> of the enclosing structure.</summary>
    /// <remarks>Generated code names members with literals: after the first call they are found by reference.</remarks>
    protected Shape MemberShape(string name) =>
        Container is StructureShape structure && structure.TryGetMemberByLiteral(name, out var shape)
            ? shape
            : throw new SerializationError($"Unknown parameter \"{name}\" for {Container.Name}.");

    private Shape ItemShape() => Container switch
    {
        ListShape list => list.Member,
        MapShape map => map.Value,
        _ => throw new SerializationError($"An element was written inside the structure {Container.Name}."),
    };

    private void Push(Shape shape)
    {
        if (_depth == _frames.Length)
        {
            Array.Resize(ref _frames, _depth * 2);
        }
        _frames[_depth++] = new Frame(shape);
    }

    private void Pop() => _depth--;

    // Member calls: resolve, skip nulls, delegate.
    public void String(string member, string? value)
    {
        if (value is not null)
        {
            var shape = MemberShape(member);
            BeginMember(member, shape);
            WriteString(shape, value);
            EndMember(member, shape);
        }
    }

    public void Int32(string member, int? value) => Int64(member, value);

    public void Int64(string member, long? value)
    {
        if (value is { } v)
        {
            var shape = MemberShape(member);
            BeginMember(member, shape);
            WriteInteger(shape, v);
            EndMember(member, shape);
        }
    }

    public void Single(string member, float? value) => Double(member, value);

    public void Double(string member, double? value)
    {
        if (value is { } v)
        {
            var shape = MemberShape(member);
            BeginMember(member, shape);
            WriteFloat(shape, v);
            EndMember(member, shape);
        }
    }

    public void Boolean(string member, bool? value)
    {
        if (value is { } v)
        {
            var shape = MemberShape(member);
            BeginMember(member, shape);
            WriteBoolean(shape, v);
            EndMember(member, shape);
        }
    }

    public void Timestamp(string member, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            var shape = MemberShape(member);
            BeginMember(member, shape);
            WriteTimestamp(shape, v);
            EndMember(member, shape);
        }
    }

    public void Blob(string member, byte[]? value)
    {
        if (value is not null)
        {
            var shape = MemberShape(member);
            BeginMember(member, shape);
            WriteBlob(shape, value);
            EndMember(member, shape);
        }
    }

    public void Stream(string member, Stream? value)
    {
        if (value is not null)
        {
            var shape = MemberShape(member);
            BeginMember(member, shape);
            WriteStream(shape, value);
            EndMember(member, shape);
        }
    }

    public void Document(string member, object? value)
    {
        if (value is not null)
        {
            var shape = MemberShape(member);
            BeginMember(member, shape);
            WriteDocument(shape, value);
            EndMember(member, shape);
        }
    }

    public void Structure<T>(string member, T? value)
        where T : class, IRequestShape
    {
        if (value is not null)
        {
            var shape = MemberShape(member);
            BeginMember(member, shape);
            WriteStructureValue(shape, value);
            EndMember(member, shape);
        }
    }

    public void List<T>(string member, List<T>? value, Action<IShapeWriter, T> item)
    {
        if (value is not null)
        {
            var shape = MemberShape(member);
            BeginMember(member, shape);
            WriteListValue(shape, value, item);
            EndMember(member, shape);
        }
    }

    public void Map<T>(string member, Dictionary<string, T>? value, Action<IShapeWriter, T> item)
    {
        if (value is not null)
        {
            var shape = MemberShape(member);
            BeginMember(member, shape);
            WriteMapValue(shape, value, item);
            EndMember(member, shape);
        }
    }

    // Element calls: the shape is the enclosing list's member or map's value.
    public void String(string value)
    {
        var shape = ItemShape();
        BeginItem(shape);
        WriteString(shape, value);
        EndItem(shape);
    }

    public void Int32(int value) => Int64(value);

    public void Int64(long value)
    {
        var shape = ItemShape();
        BeginItem(shape);
        WriteInteger(shape, value);
        EndItem(shape);
    }

    public void Single(float value) => Double(value);

    public void Double(double value)
    {
        var shape = ItemShape();
        BeginItem(shape);
        WriteFloat(shape, value);
        EndItem(shape);
    }

    public void Boolean(bool value)
    {
        var shape = ItemShape();
        BeginItem(shape);
        WriteBoolean(shape, value);
        EndItem(shape);
    }

    public void Timestamp(DateTimeOffset value)
    {
        var shape = ItemShape();
        BeginItem(shape);
        WriteTimestamp(shape, value);
        EndItem(shape);
    }

    public void Blob(byte[] value)
    {
        var shape = ItemShape();
        BeginItem(shape);
        WriteBlob(shape, value);
        EndItem(shape);
    }

    public void Stream(Stream value)
    {
        var shape = ItemShape();
        BeginItem(shape);
        WriteStream(shape, value);
        EndItem(shape);
    }

    public void Document(object? value)
    {
        var shape = ItemShape();
        BeginItem(shape);
        WriteDocument(shape, value);
        EndItem(shape);
    }

    public void Structure<T>(T value)
        where T : class, IRequestShape
    {
        ArgumentNullException.ThrowIfNull(value);
        var shape = ItemShape();
        BeginItem(shape);
        WriteStructureValue(shape, value);
        EndItem(shape);
    }

    public void List<T>(List<T> value, Action<IShapeWriter, T> item)
    {
        var shape = ItemShape();
        BeginItem(shape);
        WriteListValue(shape, value, item);
        EndItem(shape);
    }

    public void Map<T>(Dictionary<string, T> value, Action<IShapeWriter, T> item)
    {
        var shape = ItemShape();
        BeginItem(shape);
        WriteMapValue(shape, value, item);
        EndItem(shape);
    }

    /// <summary>Writes a nested structure value: enters its shape and lets it write its members.</summary>
    protected virtual void WriteStructureValue(Shape shape, IRequestShape value)
    {
        if (shape is not StructureShape structure)
        {
            WriteDocument(shape, value.ToParameters());
            return;
        }
        BeginStructure(structure);
        Push(structure);
        value.WriteTo(this);
        Pop();
        EndStructure(structure);
    }

    private void WriteListValue<T>(Shape shape, List<T> value, Action<IShapeWriter, T> item)
    {
        var list = shape as ListShape ?? throw new SerializationError($"Expected a list for {shape.Name}.");
        BeginList(list, value.Count);
        Push(list);
        for (var i = 0; i < value.Count; i++)
        {
            _frames[_depth - 1].Index = i;
            item(this, value[i]);
        }
        Pop();
        EndList(list);
    }

    private void WriteMapValue<T>(Shape shape, Dictionary<string, T> value, Action<IShapeWriter, T> item)
    {
        var map = shape as MapShape ?? throw new SerializationError($"Expected a map for {shape.Name}.");
        BeginMap(map, value.Count);
        Push(map);
        var index = 0;
        foreach (var (key, entry) in value)
        {
            _frames[_depth - 1].Index = index++;
            _frames[_depth - 1].Key = key;
            item(this, entry);
        }
        Pop();
        EndMap(map);
    }

    private struct Frame
    {
        public Frame(Shape shape)
        {
            Shape = shape;
            Index = 0;
            Key = null;
        }

        public Shape Shape;
        public int Index;
        public string? Key;
    }
}
