using System.Text.Json;
using BotoSharp.Models;

namespace BotoSharp.Protocols.Typed.Reading;

internal sealed partial class JsonShapeReader
{
    // The body the JSON reader walks (in place: the transport's pooled buffer); a streamed body is never read as JSON here.
    private ArraySegment<byte> JsonBody => _response.BodyStream is null ? _response.BodySegment : throw new TypedReadFallback("A streamed body read as JSON.");

    // The body's bytes as a span (the tokens index into it).
    private ReadOnlySpan<byte> Json => JsonBody.AsSpan();

    // The next token of the body; the body is tokenized on the first one (a payload that is not JSON never is).
    private ref readonly JsonToken Next()
    {
        if (!_tokenized)
        {
            _tokens.Fill(JsonBody, s_options);
            _tokenized = true;
        }
        return ref _at < _tokens.Count
            ? ref _tokens[_at++]
            : ref ThrowEnded();
    }

    private static ref readonly JsonToken ThrowEnded() => throw new TypedReadFallback("The document ended inside a value.");

    // Moves past the value that starts at the next token (all of an object or array).
    private void SkipValue() => _at = Next().Next;

    // Enters the body's top-level object: Empty for an empty body (botocore's {}), Object after its '{'.
    private Phase OpenBody()
    {
        if (JsonBody.Count == 0)
        {
            return Phase.Empty;
        }
        if (Next().Type != JsonTokenType.StartObject)
        {
            throw new TypedReadFallback("The body is not a JSON object.");
        }
        _bodyOpened = true;
        return Phase.Object;
    }

    // After the body's top-level value only whitespace may follow (json.loads raises on extra data): the
    // tokenizing pass has checked it; this checks that the read walked the whole value.
    private void EnsureEnd()
    {
        if (_at != _tokens.Count)
        {
            throw new TypedReadFallback("Extra data after the JSON document.");
        }
    }

    // Invalid UTF-8 inside a string makes the reader give up; the dictionary path meets it too.
    private string Text(in JsonToken token) => JsonTokenList.Text(Json, token);

    // A string value or map key: one string per distinct short value of the document where the reader keeps them.
    private string Value(in JsonToken token) => _strings is null ? Text(token) : JsonTokenList.Text(Json, token, _strings);

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
