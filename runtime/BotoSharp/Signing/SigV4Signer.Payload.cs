using System.Security.Cryptography;
using BotoSharp.Errors;
using BotoSharp.Http;
using BotoSharp.Http.Checksums;

namespace BotoSharp.Signing;

public partial class SigV4Signer
{
    // The hash of a stream body read asynchronously by SignAsync, so Sign does not read the stream again.
    private string? _streamPayloadHash;

    /// <summary>Signs <paramref name="request"/>, hashing a stream body without blocking first.</summary>
    public async ValueTask SignAsync(AwsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.BodyStream is { CanSeek: true } stream && ChecksumContext.From(request)?.RequestAlgorithm is not { IsTrailer: true }
            && ShouldSha256SignPayload(request))
        {
            var position = stream.Position;
            _streamPayloadHash = HexEncoding.Lower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
            stream.Position = position;
        }
        Sign(request);
    }

    /// <summary>
    /// The payload hash: the trailer marker for <c>aws-chunked</c> checksum bodies, <c>UNSIGNED-PAYLOAD</c> when
    /// payload signing is off, else the hex SHA-256 of the body (a seekable stream is read and put back).
    /// </summary>
    /// <exception cref="UnseekableStreamError">The body must be hashed but is a stream that cannot be rewound.</exception>
    public virtual string Payload(AwsRequest request)
    {
        if (ChecksumContext.From(request)?.RequestAlgorithm is { IsTrailer: true })
        {
            return StreamingUnsignedPayloadTrailer;
        }
        if (!ShouldSha256SignPayload(request))
        {
            return UnsignedPayload;
        }
        if (request.BodyStream is { } stream)
        {
            if (!stream.CanSeek)
            {
                throw new UnseekableStreamError(stream.GetType().Name);
            }
            if (_streamPayloadHash is { } hashed)
            {
                return hashed;
            }
            var position = stream.Position;
            var hash = SHA256.HashData(stream);
            stream.Position = position;
            return HexEncoding.Lower(hash);
        }
        if (request.BodyBytes is not { Length: > 0 } bytes)
        {
            return EmptySha256Hash;
        }
        Span<byte> digest = stackalloc byte[32];
        ThreadHashes.Sha256(bytes, digest);
        return HexEncoding.Lower(digest);
    }

    /// <summary>Payloads are always signed over plain http; over https only unless the operation turned it off.</summary>
    protected virtual bool ShouldSha256SignPayload(AwsRequest request) =>
        !request.Url.StartsWith("https", StringComparison.Ordinal) || PayloadSigningEnabledInContext(request);

    /// <summary><c>context['payload_signing_enabled']</c>, true when absent.</summary>
    protected internal static bool PayloadSigningEnabledInContext(AwsRequest request) =>
        !request.Context.TryGetValue("payload_signing_enabled", out var value) || value is not false;
}
