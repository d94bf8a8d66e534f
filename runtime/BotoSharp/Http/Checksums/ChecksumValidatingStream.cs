using BotoSharp.Errors;

namespace BotoSharp.Http.Checksums;

/// <summary>
/// A streaming response body that checksums what the caller reads and raises <see cref="FlexibleChecksumError"/>
/// at the end if the digest differs from the header (botocore's <c>StreamingChecksumBody</c>).
/// </summary>
public sealed class ChecksumValidatingStream : Stream
{
    private readonly Stream _inner;
    private readonly Checksum _checksum;
    private readonly string _expected;
    private bool _validated;

    /// <summary>Wraps <paramref name="inner"/>, expecting the base64 digest <paramref name="expected"/>.</summary>
    public ChecksumValidatingStream(Stream inner, Checksum checksum, string expected)
    {
        _inner = inner;
        _checksum = checksum;
        _expected = expected;
    }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => _inner.Length;

    /// <inheritdoc />
    public override long Position
    {
        get => _inner.Position;
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        var n = _inner.Read(buffer);
        return Account(buffer[..n], n, buffer.Length);
    }

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Account(buffer.Span[..n], n, buffer.Length);
    }

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Account(ReadOnlySpan<byte> data, int read, int requested)
    {
        _checksum.Update(data);
        if (read == 0 && requested > 0 && !_validated)
        {
            _validated = true;
            if (!FlexibleChecksums.DigestEquals(_checksum.Digest(), _expected))
            {
                throw new FlexibleChecksumError($"Expected checksum {_expected} did not match calculated checksum: {_checksum.Base64Digest()}");
            }
        }
        return read;
    }
}
