using System.Text;

namespace BotoSharp.Protocols.Xml;

/// <summary>
/// A response body as text for <see cref="System.Xml.XmlReader"/>: UTF-8 decoded straight into the reader's own
/// buffer, invalid bytes replaced, no BOM handling, so the characters are exactly
/// <c>new UTF8Encoding(false, false).GetString(body)</c> (botocore forces UTF-8 on its parser). Unlike a
/// <see cref="StreamReader"/> over a <see cref="MemoryStream"/>, it keeps no byte or char buffer of its own.
/// </summary>
internal sealed class Utf8BodyReader : TextReader
{
    private readonly ArraySegment<byte> _body;
    private readonly Decoder _decoder = new UTF8Encoding(false, false).GetDecoder();
    private int _position;
    private bool _flushed;

    /// <summary>Reads <paramref name="body"/> from its first byte.</summary>
    public Utf8BodyReader(ArraySegment<byte> body) => _body = body;

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        var charsUsed = 0;
        // Like StreamReader: decode without flushing while bytes remain, then flush once so a sequence cut off by the
        // body's end becomes a replacement character. Bytes that only fill the decoder's state give no characters, so
        // the loop goes on rather than report the end early.
        while (charsUsed == 0 && !_flushed && !buffer.IsEmpty)
        {
            var rest = _body.AsSpan(_position);
            var last = rest.IsEmpty;
            _decoder.Convert(rest, buffer, flush: last, out var bytesUsed, out charsUsed, out _);
            _position += bytesUsed;
            _flushed = last;
            if (bytesUsed == 0 && charsUsed == 0 && !last)
            {
                throw new InvalidOperationException("The buffer is too small for one character.");
            }
        }
        return charsUsed;
    }

    /// <inheritdoc />
    public override int Peek() => throw new NotSupportedException("The XML reader reads blocks.");

    /// <inheritdoc />
    public override int Read() => throw new NotSupportedException("The XML reader reads blocks.");
}
