using BotoSharp.Clients;

namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// A protocol reader that generated output shapes read themselves from (the typed fast path): the reader walks the
/// wire (XML, JSON, headers, status code) guided by the runtime model, hands the generated code one present member at
/// a time by model name, and converts the member's value exactly as the protocol parser and <c>FromParsed</c> would.
/// </summary>
/// <remarks>
/// Generated code calls <see cref="NextMember"/> until it returns null and answers each member with the one
/// <c>Read…</c> call its type needs. A member left unread is skipped. Anything only the dictionary path reproduces
/// exactly (malformed input among it) makes the reader give up, and the call is parsed the dictionary way instead.
/// </remarks>
public interface IShapeReader
{
    /// <summary>
    /// The call's <c>ResponseMetadata</c> while the operation's output is read (the runtime completes it with the
    /// retries when the call ends); null inside nested structures, which botocore gives none.
    /// </summary>
    ResponseMetadata? ResponseMetadata { get; }

    /// <summary>The model name of the next member present in the structure being read; null at its end.</summary>
    string? NextMember();

    /// <summary>Reads the current value as a string (an enum's text too).</summary>
    string ReadString();

    /// <summary>Reads the current value as a 32-bit integer (wrapping as <c>FromParsed</c> does).</summary>
    int ReadInt32();

    /// <summary>Reads the current value as a 64-bit integer.</summary>
    long ReadInt64();

    /// <summary>Reads the current value as a single-precision float.</summary>
    float ReadSingle();

    /// <summary>Reads the current value as a double.</summary>
    double ReadDouble();

    /// <summary>Reads the current value as a boolean.</summary>
    bool ReadBoolean();

    /// <summary>Reads the current value as a timestamp.</summary>
    DateTimeOffset ReadTimestamp();

    /// <summary>Reads the current value as bytes.</summary>
    byte[] ReadBlob();

    /// <summary>Reads the current value as a stream (a streamed payload is handed over unread).</summary>
    Stream ReadStream();

    /// <summary>Reads the current value as a document (plain values: dictionaries, lists, strings, numbers, booleans).</summary>
    object? ReadDocument();

    /// <summary>Reads the current value as the structure <typeparamref name="T"/>.</summary>
    T ReadStructure<T>()
        where T : IResponseShape<T>;

    /// <summary>
    /// Reads the current value as a list; <paramref name="existing"/> (the member's value so far) is appended to when
    /// a flattened list's items arrive one element at a time.
    /// </summary>
    List<T> ReadList<T>(List<T>? existing, Func<IShapeReader, T> readItem);

    /// <summary>Reads the current value as a map; <paramref name="existing"/> is added to for a flattened map.</summary>
    Dictionary<string, T> ReadMap<T>(Dictionary<string, T>? existing, Func<IShapeReader, T> readValue);

    /// <summary>
    /// An event stream is never read by a typed reader: <see cref="TypedReadGate"/> leaves every operation with an
    /// event-stream output to the response parser, which hands the live body to <c>EventStream</c>.
    /// </summary>
    Protocols.EventStreams.EventStream<T> ReadEventStream<T>()
        where T : IResponseShape<T> =>
        throw new Errors.ResponseParserError("An event-stream member is read by the response parser, never by a typed reader.");
}
