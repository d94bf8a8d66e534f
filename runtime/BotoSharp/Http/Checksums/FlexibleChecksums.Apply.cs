using System.Globalization;
using BotoSharp.Errors;

namespace BotoSharp.Http.Checksums;

public sealed partial class FlexibleChecksums
{
    /// <summary>
    /// Applies the checksum chosen by <see cref="ResolveChecksumContext"/> (botocore's <c>apply_request_checksum</c>):
    /// a header digest, or an <c>aws-chunked</c> body whose trailer carries the digest. Runs once per call, after
    /// compression and before signing.
    /// </summary>
    public async Task ApplyRequestChecksumAsync(AwsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = ChecksumContext.From(request);
        if (context is null)
        {
            return;
        }
        if (context.RequestAlgorithm is { } algorithm)
        {
            if (algorithm.IsTrailer)
            {
                ApplyTrailer(request, algorithm);
            }
            else if (!request.Headers.Contains(algorithm.Name))
            {
                request.Headers.Set(algorithm.Name, await Checksum.Create(algorithm.Algorithm).HandleAsync(request, cancellationToken).ConfigureAwait(false));
            }
        }
        else if (context.ConditionalMd5)
        {
            await ConditionallyCalculateMd5Async(request, cancellationToken).ConfigureAwait(false);
        }
        if (context.RequestAlgorithmHeader is { } header)
        {
            request.Headers.Set(header.Key, header.Value);
        }
    }

    /// <summary>Sets <c>Content-MD5</c> unless a checksum header exists or the endpoint is S3 Express (no MD5 there).</summary>
    public static async Task ConditionallyCalculateMd5Async(AwsRequest request, CancellationToken cancellationToken)
    {
        if (HasChecksumHeader(request) || IsS3ExpressRequest(request))
        {
            return;
        }
        request.Headers.Set("Content-MD5", await Checksum.Create(ChecksumAlgorithms.Md5).HandleAsync(request, cancellationToken).ConfigureAwait(false));
    }

    private static bool IsS3ExpressRequest(AwsRequest request) =>
        request.Context.TryGetValue("endpoint_properties", out var value)
        && value is IDictionary<string, object?> properties
        && properties.TryGetValue("backend", out var backend)
        && backend as string == "S3Express";

    private static void ApplyTrailer(AwsRequest request, RequestChecksumAlgorithm algorithm)
    {
        var headers = request.Headers;
        if (headers.Contains(algorithm.Name))
        {
            return;
        }
        headers.Set("Transfer-Encoding", "chunked");
        headers.Set("Content-Encoding", headers.TryGetValue("Content-Encoding", out var encoding) ? encoding + ",aws-chunked" : "aws-chunked");
        headers.Set("X-Amz-Trailer", algorithm.Name);
        long? length = request.BodyLength;
        if (length is null && headers.TryGetValue("Content-Length", out var declared) && long.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            length = parsed;
        }
        if (length is not null)
        {
            headers.Set("X-Amz-Decoded-Content-Length", length.Value.ToString(CultureInfo.InvariantCulture));
        }
        headers.Remove("Content-Length");
        var body = request.BodyStream ?? new MemoryStream(request.BodyBytes ?? Array.Empty<byte>(), writable: false);
        request.SetBody(new AwsChunkedStream(body, algorithm.Algorithm, algorithm.Name));
    }

    /// <summary>
    /// Validates a fully read response body against the first usable <c>x-amz-checksum-*</c> header (values with
    /// <c>-</c> are multipart composites and skipped). Returns the algorithm used, or null when none applied.
    /// </summary>
    /// <exception cref="FlexibleChecksumError">The digest does not match.</exception>
    public static string? ValidateResponse(ChecksumContext? context, HttpHeaderList headers, byte[] body) =>
        ValidateResponse(context, headers, body.AsSpan());

    /// <inheritdoc cref="ValidateResponse(ChecksumContext?, HttpHeaderList, byte[])"/>
    public static string? ValidateResponse(ChecksumContext? context, HttpHeaderList headers, ReadOnlySpan<byte> body)
    {
        if (SelectResponseAlgorithm(context, headers) is not { } algorithm)
        {
            return null;
        }
        var checksum = Checksum.Create(algorithm);
        checksum.Update(body);
        var expected = headers["x-amz-checksum-" + algorithm]!;
        if (!DigestEquals(checksum.Digest(), expected))
        {
            throw new FlexibleChecksumError($"Expected checksum {expected} did not match calculated checksum: {checksum.Base64Digest()}");
        }
        context!.ResponseAlgorithm = algorithm;
        return algorithm;
    }

    /// <summary>
    /// Wraps a streaming response body so the checksum is checked when the caller reaches the end of the stream;
    /// returns the stream unchanged when no checksum applies.
    /// </summary>
    public static Stream WrapStreamingResponse(ChecksumContext? context, HttpHeaderList headers, Stream body)
    {
        if (SelectResponseAlgorithm(context, headers) is not { } algorithm)
        {
            return body;
        }
        context!.ResponseAlgorithm = algorithm;
        return new ChecksumValidatingStream(body, Checksum.Create(algorithm), headers["x-amz-checksum-" + algorithm]!);
    }

    internal static bool DigestEquals(byte[] digest, string expectedBase64)
    {
        try
        {
            return digest.AsSpan().SequenceEqual(Convert.FromBase64String(expectedBase64));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string? SelectResponseAlgorithm(ChecksumContext? context, HttpHeaderList headers)
    {
        if (context?.ResponseAlgorithms is not { Count: > 0 } algorithms)
        {
            return null;
        }
        foreach (var algorithm in algorithms)
        {
            if (headers.TryGetValue("x-amz-checksum-" + algorithm, out var value) && !value.Contains('-'))
            {
                return algorithm;
            }
        }
        return null;
    }
}
