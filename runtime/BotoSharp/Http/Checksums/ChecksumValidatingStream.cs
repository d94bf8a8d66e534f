using BotoSharp.Errors;

namespace BotoSharp.Http.Checksums;

/// <summary>
/// A streaming response body that checksums what the caller reads and raises <see cref="FlexibleChecksumError"/>
/// at the end if the digest differs from the header (botocore's <c>StreamingChecksumBody</c>).
/// </summary>
public sealed class ChecksumValidatingStream : ReadOnlyWrapperStream
{
    private readonly Checksum _checksum;
    private readonly string _expected;
    private bool _validated;

    /// <summary>Wraps <paramref name="inner"/>, expecting the base64 digest <paramref name="expected"/>.</summary>
    public ChecksumValidatingStream(Stream inner, Checksum checksum, string expected)
        : base(inner)
    {
        _checksum = checksum;
        _expected = expected;
    }

    /// <inheritdoc />
    public override long Length => Inner.Length;

    /// <inheritdoc />
    public override long Position
    {
        get => Inner.Position;
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        ThrowIfDisposed();
        var n = Inner.Read(buffer);
        return Account(buffer[..n], n, buffer.Length);
    }

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var n = await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Account(buffer.Span[..n], n, buffer.Length);
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
