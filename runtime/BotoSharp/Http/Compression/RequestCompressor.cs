using System.IO.Compression;

namespace BotoSharp.Http.Compression;

/// <summary>
/// botocore's request compression (<c>compress.py</c>): gzip the body of operations modelled with
/// <c>requestcompression</c>, once per call, after <c>before-call</c> and before checksums and signing.
/// </summary>
public static class RequestCompressor
{
    /// <summary>The only encoding botocore implements.</summary>
    public const string Gzip = "gzip";

    /// <summary>
    /// Compresses the body with the first supported encoding in <paramref name="encodings"/> when the rules allow
    /// and appends it to <c>Content-Encoding</c>. Returns the encoding used, or null when the body was left alone.
    /// </summary>
    /// <param name="request">The serialized request.</param>
    /// <param name="settings">Client settings.</param>
    /// <param name="encodings">The operation's <c>requestcompression.encodings</c>, or null when it has none.</param>
    /// <param name="hasStreamingInput">Whether the operation has a streaming input member.</param>
    /// <param name="streamingInputRequiresLength">Whether that member has <c>requiresLength</c> (then it is never compressed).</param>
    /// <param name="cancellationToken">Cancels reading a stream body.</param>
    public static async Task<string?> MaybeCompressAsync(
        AwsRequest request,
        RequestCompressionSettings settings,
        IReadOnlyList<string>? encodings,
        bool hasStreamingInput,
        bool streamingInputRequiresLength,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(settings);
        if (!ShouldCompress(request, settings, encodings, hasStreamingInput, streamingInputRequiresLength))
        {
            return null;
        }
        foreach (var encoding in encodings!)
        {
            if (encoding != Gzip)
            {
                continue;
            }
            request.SetBody(await GzipAsync(request, cancellationToken).ConfigureAwait(false));
            request.Headers.Set("Content-Encoding", request.Headers.TryGetValue("Content-Encoding", out var existing) ? existing + "," + encoding : encoding);
            return encoding;
        }
        return null;
    }

    private static bool ShouldCompress(AwsRequest request, RequestCompressionSettings settings, IReadOnlyList<string>? encodings, bool hasStreamingInput, bool requiresLength)
    {
        if (settings.DisableRequestCompression || settings.SignatureVersion == "v2" || encodings is null)
        {
            return false;
        }
        if (hasStreamingInput)
        {
            // Streams are compressed whatever their size, unless the service must know the length up front.
            return !requiresLength;
        }
        // A body whose size cannot be known counts as 0 bytes, as in botocore.
        var size = request.BodyLength ?? 0;
        return settings.RequestMinCompressionSizeBytes <= size;
    }

    private static async Task<byte[]> GzipAsync(AwsRequest request, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        await using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            if (request.BodyStream is { } stream)
            {
                var start = stream.CanSeek ? stream.Position : -1;
                await stream.CopyToAsync(gzip, cancellationToken).ConfigureAwait(false);
                if (start >= 0)
                {
                    stream.Position = start;
                }
            }
            else if (request.BodyBytes is { } bytes)
            {
                await gzip.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            }
        }
        return output.ToArray();
    }
}
