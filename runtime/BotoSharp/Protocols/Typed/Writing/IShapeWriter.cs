namespace BotoSharp.Protocols.Typed.Writing;

/// <summary>
/// What a generated request structure writes itself to (<see cref="Clients.IRequestShape.WriteTo"/>): each member
/// that is set, by its model name, in model order, without boxing. The writer knows the shapes (wire names,
/// locations, timestamp formats, XML traits) from the operation's model; the structure only names its members.
/// A member call with a null value writes nothing. Element calls (one argument) write a list item or a map value,
/// whose shape is the enclosing list's member or map's value.
/// </summary>
/// <remarks>
/// Implementations: one per wire protocol (JSON bodies, rest locations, XML bodies, query forms), the validator and
/// the top-level parameter capture. Calls come from generated code in straight lines, so an implementation is free
/// to keep state between them; it is used by one call on one thread.
/// </remarks>
public interface IShapeWriter
{
    /// <summary>A string or enum member.</summary>
    void String(string member, string? value);

    /// <summary>An integer, short or byte member.</summary>
    void Int32(string member, int? value);

    /// <summary>A long member.</summary>
    void Int64(string member, long? value);

    /// <summary>A float member.</summary>
    void Single(string member, float? value);

    /// <summary>A double member.</summary>
    void Double(string member, double? value);

    /// <summary>A boolean member.</summary>
    void Boolean(string member, bool? value);

    /// <summary>A timestamp member.</summary>
    void Timestamp(string member, DateTimeOffset? value);

    /// <summary>A blob member held in memory.</summary>
    void Blob(string member, byte[]? value);

    /// <summary>A streaming blob member.</summary>
    void Stream(string member, Stream? value);

    /// <summary>A document member (or a member whose shape the model does not define), in the runtime value convention.</summary>
    void Document(string member, object? value);

    /// <summary>A structure member; the writer enters its shape and calls <see cref="Clients.IRequestShape.WriteTo"/>.</summary>
    void Structure<T>(string member, T? value)
        where T : class, Clients.IRequestShape;

    /// <summary>A list member; <paramref name="item"/> writes each element with an element call.</summary>
    void List<T>(string member, List<T>? value, Action<IShapeWriter, T> item);

    /// <summary>A map member; <paramref name="item"/> writes each value with an element call.</summary>
    void Map<T>(string member, Dictionary<string, T>? value, Action<IShapeWriter, T> item);

    /// <summary>A string or enum element.</summary>
    void String(string value);

    /// <summary>An integer element.</summary>
    void Int32(int value);

    /// <summary>A long element.</summary>
    void Int64(long value);

    /// <summary>A float element.</summary>
    void Single(float value);

    /// <summary>A double element.</summary>
    void Double(double value);

    /// <summary>A boolean element.</summary>
    void Boolean(bool value);

    /// <summary>A timestamp element.</summary>
    void Timestamp(DateTimeOffset value);

    /// <summary>A blob element.</summary>
    void Blob(byte[] value);

    /// <summary>A streaming blob element.</summary>
    void Stream(Stream value);

    /// <summary>A document element (null allowed).</summary>
    void Document(object? value);

    /// <summary>A structure element.</summary>
    void Structure<T>(T value)
        where T : class, Clients.IRequestShape;

    /// <summary>A list element.</summary>
    void List<T>(List<T> value, Action<IShapeWriter, T> item);

    /// <summary>A map element.</summary>
    void Map<T>(Dictionary<string, T> value, Action<IShapeWriter, T> item);
}
