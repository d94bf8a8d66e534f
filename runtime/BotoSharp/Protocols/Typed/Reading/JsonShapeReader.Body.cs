using System.Text.Json;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Typed.Reading;

internal sealed partial class JsonShapeReader
{
    // The body the JSON reader walks (in place: the transport's pooled buffer); a streamed body is never read as JSON here.
    private ArraySegment<byte> JsonBody => _response.BodyStream is null ? _response.BodySegment : throw new TypedReadFallback("A streamed body read as JSON.");

    // A reader over the rest of the body, in the state the last Save left.
    private Utf8JsonReader Resume()
    {
        _resumedAt = _offset;
        return new Utf8JsonReader(JsonBody.AsSpan(_offset), isFinalBlock: true, _state);
    }

    // Records how far the reader resumed last has got (any copy of it; positions count from the resume).
    private void Save(ref Utf8JsonReader json)
    {
        _offset = _resumedAt + (int)json.BytesConsumed;
        _state = json.CurrentState;
    }

    // Malformed JSON throws JsonException (caught by the caller like a fallback); the end of the body here is truncation.
    private static void Read(ref Utf8JsonReader json)
    {
        if (!json.Read())
        {
            throw new TypedReadFallback("The document ended inside a value.");
        }
    }

    // Enters the body's top-level object: Empty for an empty body (botocore's {}), Object after its '{'.
    private Phase OpenBody()
    {
        if (JsonBody.Count == 0)
        {
            return Phase.Empty;
        }
        var json = Resume();
        Read(ref json);
        if (json.TokenType != JsonTokenType.StartObject)
        {
            throw new TypedReadFallback("The body is not a JSON object.");
        }
        Save(ref json);
        _bodyOpened = true;
        return Phase.Object;
    }

    // After the body's top-level value only whitespace may follow (json.loads raises on extra data).
    private void EnsureEnd()
    {
        var json = Resume();
        if (json.Read())
        {
            throw new TypedReadFallback("Extra data after the JSON document.");
        }
    }

    // Invalid UTF-8 inside a string throws InvalidOperationException from the reader; the dictionary path meets it too.
    private static string Text(ref Utf8JsonReader json)
    {
        try
        {
            return json.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new TypedReadFallback("A JSON string that is not valid UTF-8.", e);
        }
    }

    /// <summary>
    /// One structure being read: where its members come from, which keys were seen (a repeated key needs the
    /// dictionary path), how many non-null union members it holds, and whether the member handed out is unread.
    /// </summary>
    private sealed class Frame
    {
        public StructureShape Shape { get; private set; } = null!;

        public JsonMemberTable Table { get; private set; } = null!;

        public Phase Phase { get; set; }

        public int NextLocated { get; set; }

        public int UnionMembers { get; set; }

        /// <summary>True while the member handed out last has not been read.</summary>
        public bool Pending { get; set; }

        public bool[] Seen { get; private set; } = Array.Empty<bool>();

        public void Reset(StructureShape shape, JsonMemberTable table, Phase phase)
        {
            Shape = shape;
            Table = table;
            Phase = phase;
            NextLocated = 0;
            UnionMembers = 0;
            Pending = false;
            if (Seen.Length < table.Count)
            {
                Seen = new bool[Math.Max(table.Count, 8)];
            }
            else
            {
                Array.Clear(Seen, 0, table.Count);
            }
        }
    }
}
