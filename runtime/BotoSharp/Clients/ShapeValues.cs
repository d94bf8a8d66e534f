using System.Globalization;

namespace BotoSharp.Clients;

/// <summary>
/// Conversions between typed shape members and the runtime value convention, called from generated
/// <c>ToParameters</c>/<c>FromParsed</c> code. Readers are tolerant on purpose: a parser that returns an
/// <see cref="int"/> where a <see cref="long"/> was expected (or a string for a number) must not crash a typed client.
/// </summary>
public static partial class ShapeValues
{
    /// <summary>
    /// Reads a string (any other scalar is formatted with the invariant culture). A string member that a builtin row
    /// decoded into a JSON value (IAM policy documents, CloudFormation template bodies) reads back as its JSON text.
    /// </summary>
    public static string? ReadString(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IDictionary or System.Collections.IList => Protocols.PythonJsonWriter.Serialize(value),
        _ => value.ToString(),
    };

    /// <summary>Reads an open enum value through <paramref name="create"/>.</summary>
    public static T? ReadEnum<T>(object? value, Func<string, T> create)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(create);
        return ReadString(value) is { } s ? create(s) : null;
    }

    /// <summary>Reads a 32-bit integer from any integral, floating or numeric-string value.</summary>
    public static int? ReadInt32(object? value) => ReadInt64(value) is { } l ? unchecked((int)l) : null;

    /// <summary>Reads a 64-bit integer from any integral, floating or numeric-string value.</summary>
    public static long? ReadInt64(object? value) => value switch
    {
        null => null,
        long l => l,
        int i => i,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => ui,
        ulong ul => unchecked((long)ul),
        double d => (long)d,
        float f => (long)f,
        decimal m => (long)m,
        bool b => b ? 1 : 0,
        string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>Reads a double from any numeric value or numeric string (including <c>NaN</c> and <c>Infinity</c>).</summary>
    public static double? ReadDouble(object? value) => value switch
    {
        null => null,
        double d => d,
        float f => f,
        decimal m => (double)m,
        long l => l,
        int i => i,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        IConvertible c => c.ToDouble(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Reads a single-precision float.</summary>
    public static float? ReadSingle(object? value) => ReadDouble(value) is { } d ? (float)d : null;

    /// <summary>Reads a boolean from a bool, a number or the strings <c>true</c>/<c>false</c>.</summary>
    public static bool? ReadBoolean(object? value) => value switch
    {
        null => null,
        bool b => b,
        string s when bool.TryParse(s, out var parsed) => parsed,
        _ => ReadInt64(value) is { } l ? l != 0 : null,
    };

    /// <summary>Reads a timestamp from a <see cref="DateTimeOffset"/>, <see cref="DateTime"/>, ISO 8601 string or epoch seconds.</summary>
    public static DateTimeOffset? ReadTimestamp(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d,
        DateTime dt => new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt),
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var epoch) => FromEpoch(epoch),
        string => null,
        _ => ReadDouble(value) is { } seconds ? FromEpoch(seconds) : null,
    };

    /// <summary>Reads a blob from bytes, a memory/array segment or a string (UTF-8 encoded, as botocore accepts).</summary>
    public static byte[]? ReadBlob(object? value) => value switch
    {
        null => null,
        byte[] b => b,
        ArraySegment<byte> segment => segment.ToArray(),
        ReadOnlyMemory<byte> memory => memory.ToArray(),
        Memory<byte> memory => memory.ToArray(),
        string s => System.Text.Encoding.UTF8.GetBytes(s),
        Stream stream => ReadAll(stream),
        _ => null,
    };

    /// <summary>Reads a streaming payload; bytes are wrapped in a <see cref="MemoryStream"/>.</summary>
    public static Stream? ReadStream(object? value) => value switch
    {
        null => null,
        Stream s => s,
        byte[] b => new MemoryStream(b, writable: false),
        string s => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(s), writable: false),
        _ => null,
    };

    /// <summary>Reads an output's event stream as its typed view over the generated union <typeparamref name="TEvent"/>.</summary>
    public static Protocols.EventStreams.EventStream<TEvent>? ReadEventStream<TEvent>(object? value)
        where TEvent : IResponseShape<TEvent> => value switch
    {
        Protocols.EventStreams.EventStream stream => new Protocols.EventStreams.EventStream<TEvent>(stream),
        _ => null,
    };

    private static DateTimeOffset FromEpoch(double seconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000d, MidpointRounding.AwayFromZero));

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
