using System.Buffers;
using System.Globalization;
using System.Text;
using BotoSharp.Errors;

namespace BotoSharp.Http.Checksums;

/// <summary>
/// A read-only stream that frames another stream as <c>aws-chunked</c> (botocore's <c>AwsChunkedWrapper</c>):
/// <c>&lt;hex length&gt;\r\n&lt;data&gt;\r\n</c> per 1 MiB chunk, then <c>0\r\n&lt;trailer&gt;:&lt;base64&gt;\r\n\r\n</c>.
/// </summary>
/// <remarks>Only a seek to the start is allowed, which rewinds the inner stream for a retry.</remarks>
public sealed class AwsChunkedStream : ReadOnlyWrapperStream
{
    private const int DefaultChunkSize = 1024 * 1024;
    private readonly string _algorithm;
    private readonly string _trailerName;
    private readonly int _chunkSize;
    private readonly long _innerStart;
    private static readonly byte[] s_chunkEnd = "\r\n"u8.ToArray();
    private Checksum _checksum;
    private byte[] _pending = Array.Empty<byte>();
    private int _pendingOffset;
    private bool _complete;
    private long _emitted;
    // For a seekable inner stream: the bytes not yet read (-1 before the first read) and those left in the current
    // chunk, whose data is then read straight into the caller's buffer rather than copied through a chunk array.
    private long _innerLeft = -1;
    private long _chunkLeft;

    /// <summary>Wraps <paramref name="inner"/>, checksumming it with <paramref name="algorithm"/> into the trailer <paramref name="trailerName"/>.</summary>
    public AwsChunkedStream(Stream inner, string algorithm, string trailerName, int chunkSize = DefaultChunkSize)
        : base(inner)
    {
        _algorithm = algorithm;
        _trailerName = trailerName;
        _chunkSize = chunkSize;
        _innerStart = inner.CanSeek ? inner.Position : 0;
        _checksum = Checksum.Create(algorithm);
    }

    /// <summary>Seekable when the inner stream is, but only back to the start.</summary>
    public override bool CanSeek => Inner.CanSeek;

    /// <summary>The framed length, computed from the inner stream's remaining length (needs a seekable inner stream).</summary>
    public override long Length
    {
        get
        {
            var remaining = Inner.Length - _innerStart;
            long total = 0;
            for (var left = remaining; left > 0; left -= _chunkSize)
            {
                var n = Math.Min(left, _chunkSize);
                total += n.ToString("x", CultureInfo.InvariantCulture).Length + 2 + n + 2;
            }
            var digestLength = Checksum.Create(_algorithm).Digest().Length;
            return total + "0\r\n".Length + _trailerName.Length + 1 + (4 * ((digestLength + 2) / 3)) + "\r\n\r\n".Length;
        }
    }

    /// <summary>Bytes handed out so far; only 0 can be assigned (rewind).</summary>
    public override long Position
    {
        get => _emitted;
        set => Seek(value, SeekOrigin.Begin);
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        while (_pendingOffset >= _pending.Length)
        {
            if (_complete || buffer.IsEmpty)
            {
                return 0;
            }
            if (!Inner.CanSeek)
            {
                _pending = MakeChunk();
                _pendingOffset = 0;
                continue;
            }
            if (_chunkLeft > 0)
            {
                return ReadChunkData(buffer);
            }
            NextKnownChunk();
        }
        var n = Math.Min(buffer.Length, _pending.Length - _pendingOffset);
        _pending.AsSpan(_pendingOffset, n).CopyTo(buffer);
        _pendingOffset += n;
        _emitted += n;
        return n;
    }

    /// <summary>Reads synchronously: framing reads the inner stream a whole chunk at a time anyway.</summary>
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<int>(Read(buffer.Span));
    }

    /// <summary>Rewinds to the start; any other target raises <see cref="AwsChunkedWrapperError"/>.</summary>
    public override long Seek(long offset, SeekOrigin origin)
    {
        if (offset != 0 || origin != SeekOrigin.Begin)
        {
            throw new AwsChunkedWrapperError("Can only seek to start of stream");
        }
        Inner.Position = _innerStart;
        _checksum = Checksum.Create(_algorithm);
        _pending = Array.Empty<byte>();
        _pendingOffset = 0;
        _complete = false;
        _emitted = 0;
        _innerLeft = -1;
        _chunkLeft = 0;
        return 0;
    }

    // The inner stream's length is known, so each chunk's size is too: min(left, chunk size), as filling whole
    // chunks gives. The header goes out first, then the data as the caller reads it, then CRLF.
    private void NextKnownChunk()
    {
        if (_innerLeft < 0)
        {
            _innerLeft = Inner.Length - Inner.Position;
        }
        _pendingOffset = 0;
        if (_innerLeft == 0)
        {
            _complete = true;
            _pending = Trailer();
            return;
        }
        _chunkLeft = Math.Min(_innerLeft, _chunkSize);
        _pending = Encoding.ASCII.GetBytes(_chunkLeft.ToString("x", CultureInfo.InvariantCulture) + "\r\n");
    }

    private int ReadChunkData(Span<byte> buffer)
    {
        var n = Inner.Read(buffer[..(int)Math.Min(buffer.Length, _chunkLeft)]);
        if (n == 0)
        {
            throw new AwsChunkedWrapperError("The request body stream ended before the length it reported");
        }
        _checksum.Update(buffer[..n]);
        _chunkLeft -= n;
        _innerLeft -= n;
        _emitted += n;
        if (_chunkLeft == 0)
        {
            _pending = s_chunkEnd;
            _pendingOffset = 0;
        }
        return n;
    }

    private byte[] Trailer() => Encoding.ASCII.GetBytes($"0\r\n{_trailerName}:{_checksum.Base64Digest()}\r\n\r\n");

    private byte[] MakeChunk()
    {
        // Pooled: a fresh chunk-sized (1 MiB) buffer per chunk lands on the large-object heap.
        var raw = ArrayPool<byte>.Shared.Rent(_chunkSize);
        try
        {
            var read = 0;
            int n;
            // Fill a whole chunk so chunk boundaries do not depend on how the inner stream splits its reads.
            while (read < _chunkSize && (n = Inner.Read(raw, read, _chunkSize - read)) > 0)
            {
                read += n;
            }
            _checksum.Update(raw.AsSpan(0, read));
            if (read == 0)
            {
                _complete = true;
                return Trailer();
            }
            var header = Encoding.ASCII.GetBytes(read.ToString("x", CultureInfo.InvariantCulture) + "\r\n");
            var chunk = new byte[header.Length + read + 2];
            header.CopyTo(chunk, 0);
            raw.AsSpan(0, read).CopyTo(chunk.AsSpan(header.Length));
            chunk[^2] = (byte)'\r';
            chunk[^1] = (byte)'\n';
            return chunk;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(raw);
        }
    }
}
