using System.Text;
using System.Text.Json;

namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// Every token of one JSON body, found by a single <see cref="Utf8JsonReader"/> pass, so the typed reader walks an
/// array by index instead of resuming a reader (a large struct rebuilt from its state) for each member and value.
/// The pass reads every token the reader would read, so malformed JSON anywhere throws the reader's
/// <see cref="JsonException"/> before any value is read; strings are decoded only when a value is read, as before.
/// </summary>
internal sealed class JsonTokenList
{
    // Bodies past this many tokens keep their array only for their own read (a thread keeps the list for the next).
    private const int MaxKeptTokens = 16_384;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Room for a small body's tokens (GetItem's ten attributes are about seventy) without growing.
    private JsonToken[] _tokens = new JsonToken[128];
    private int[] _open = new int[16];

    /// <summary>How many tokens the body has.</summary>
    public int Count { get; private set; }

    /// <summary>The token at <paramref name="index"/>.</summary>
    public ref readonly JsonToken this[int index] => ref _tokens[index];

    /// <summary>Reads every token of <paramref name="body"/> (one JSON value, then only whitespace).</summary>
    /// <exception cref="JsonException">The body is not one well-formed JSON value within the reader's depth.</exception>
    public void Fill(ReadOnlySpan<byte> body, JsonReaderOptions options)
    {
        Count = 0;
        var json = new Utf8JsonReader(body, options);
        var depth = 0;
        while (json.Read())
        {
            if (Count == _tokens.Length)
            {
                _tokens = Grown(_tokens);
            }
            var type = json.TokenType;
            var start = (int)json.TokenStartIndex;
            // A string's value starts after its opening quote.
            if (type is JsonTokenType.String or JsonTokenType.PropertyName)
            {
                start++;
            }
            var next = Count + 1;
            switch (type)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    if (depth == _open.Length)
                    {
                        _open = Grown(_open);
                    }
                    _open[depth++] = Count;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    _tokens[_open[--depth]].Next = next;
                    break;
            }
            _tokens[Count++] = new JsonToken(type, start, json.ValueSpan.Length, json.ValueIsEscaped, next);
        }
    }

    /// <summary>Lets go of an array grown for a large body, so an idle thread does not hold it.</summary>
    public void Trim()
    {
        if (_tokens.Length > MaxKeptTokens)
        {
            _tokens = new JsonToken[128];
        }
    }

    // Twice the room, copied with a loop: Array.Resize over our own struct is framework generic code that no
    // ReadyToRun image holds, so the first large body would JIT it.
    private static T[] Grown<T>(T[] items)
    {
        var grown = new T[items.Length * 2];
        for (var i = 0; i < items.Length; i++)
        {
            grown[i] = items[i];
        }
        return grown;
    }

    /// <summary>The text of a string or property-name token, as <see cref="Utf8JsonReader.GetString"/> gives it.</summary>
    /// <exception cref="TypedReadFallback">The string is not valid UTF-8 (the dictionary path meets it too).</exception>
    public static string Text(ReadOnlySpan<byte> body, in JsonToken token)
    {
        var raw = body.Slice(token.Start, token.Length);
        try
        {
            return token.Escaped ? Unescaped(body, token) : s_strictUtf8.GetString(raw);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new TypedReadFallback("A JSON string that is not valid UTF-8.", e);
        }
    }

    /// <summary>
    /// <see cref="Text(ReadOnlySpan{byte}, in JsonToken)"/>, with a short unescaped ASCII string taken from
    /// <paramref name="strings"/>: the same characters, one string per distinct value of the document. Others (escaped,
    /// longer, non-ASCII) are read as that method reads them.
    /// </summary>
    /// <exception cref="TypedReadFallback">The string is not valid UTF-8.</exception>
    public static string Text(ReadOnlySpan<byte> body, in JsonToken token, DocumentStrings strings)
    {
        var raw = body.Slice(token.Start, token.Length);
        return !token.Escaped && raw.Length <= DocumentStrings.MaxLength && Ascii.IsValid(raw)
            ? strings.GetAscii(raw)
            : Text(body, token);
    }

    /// <summary>The unescaped UTF-8 bytes of a string or property-name token (<paramref name="buffer"/> holds escaped ones).</summary>
    public static ReadOnlySpan<byte> Utf8(ReadOnlySpan<byte> body, in JsonToken token, Span<byte> buffer)
    {
        if (!token.Escaped)
        {
            return body.Slice(token.Start, token.Length);
        }
        var json = Quoted(body, token);
        return buffer[..json.CopyString(buffer)];
    }

    /// <summary>A reader on the number token alone (its own one-value document), for the reader's number rules.</summary>
    public static Utf8JsonReader Number(ReadOnlySpan<byte> body, in JsonToken token)
    {
        var json = new Utf8JsonReader(body.Slice(token.Start, token.Length));
        json.Read();
        return json;
    }

    // The reader's own unescaping: a reader on the quoted string alone.
    private static string Unescaped(ReadOnlySpan<byte> body, in JsonToken token) => Quoted(body, token).GetString()!;

    private static Utf8JsonReader Quoted(ReadOnlySpan<byte> body, in JsonToken token)
    {
        var json = new Utf8JsonReader(body.Slice(token.Start - 1, token.Length + 2));
        json.Read();
        return json;
    }
}

/// <summary>
/// One token of a <see cref="JsonTokenList"/>: its type, where its value's bytes are (a string's without quotes),
/// whether they hold escapes, and the index of the token after its whole value (past the end of an object or array).
/// </summary>
internal struct JsonToken(JsonTokenType type, int start, int length, bool escaped, int next)
{
    public readonly JsonTokenType Type = type;

    public readonly int Start = start;

    public readonly int Length = length;

    public readonly bool Escaped = escaped;

    public int Next = next;
}
