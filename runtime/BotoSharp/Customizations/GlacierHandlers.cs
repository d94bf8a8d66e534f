using System.Security.Cryptography;
using BotoSharp.Signing;

namespace BotoSharp.Customizations;

/// <summary>
/// botocore's Glacier handlers: the account id defaults to <c>-</c>, every request carries
/// <c>x-amz-glacier-version</c>, and uploads carry the body's SHA-256 and its tree hash.
/// </summary>
public static class GlacierHandlers
{
    private const int TreeHashChunk = 1024 * 1024;

    /// <summary>The rows, in botocore's registration order.</summary>
    public static IEnumerable<HandlerRow> Rows()
    {
        yield return new("before-call.glacier", AddGlacierVersion);
        yield return new("before-call.glacier.UploadArchive", AddGlacierChecksums);
        yield return new("before-call.glacier.UploadMultipartPart", AddGlacierChecksums);
        yield return new("before-parameter-build.glacier", InjectAccountId);
    }

    /// <summary>botocore's <c>inject_account_id</c>: a missing or null <c>accountId</c> becomes <c>-</c> (the caller's account).</summary>
    public static object? InjectAccountId(IDictionary<string, object?> kwargs)
    {
        var parameters = HandlerArgs.ApiParams(kwargs);
        if (parameters.Get("accountId") is null)
        {
            parameters["accountId"] = "-";
        }
        return null;
    }

    /// <summary>botocore's <c>add_glacier_version</c>: the model's API version as <c>x-amz-glacier-version</c>.</summary>
    public static object? AddGlacierVersion(IDictionary<string, object?> kwargs)
    {
        HandlerArgs.RequestDict(kwargs).Headers.Set("x-amz-glacier-version", HandlerArgs.Model(kwargs).ServiceModel.ApiVersion);
        return null;
    }

    /// <summary>
    /// botocore's <c>add_glacier_checksums</c>: <c>x-amz-content-sha256</c> and <c>x-amz-sha256-tree-hash</c> of the
    /// body from its current position, unless the caller set them; a stream is put back where it was.
    /// </summary>
    public static object? AddGlacierChecksums(IDictionary<string, object?> kwargs)
    {
        var request = HandlerArgs.RequestDict(kwargs);
        var body = request.BodyStream is { } stream ? ReadAndRewind(stream) : request.BodyBytes ?? Array.Empty<byte>();
        if (!request.Headers.Contains("x-amz-content-sha256"))
        {
            request.Headers.Set("x-amz-content-sha256", HexEncoding.Lower(SHA256.HashData(body)));
        }
        if (!request.Headers.Contains("x-amz-sha256-tree-hash"))
        {
            request.Headers.Set("x-amz-sha256-tree-hash", TreeHash(body));
        }
        return null;
    }

    /// <summary>botocore's <c>calculate_tree_hash</c>: SHA-256 of each MiB, then of adjacent pairs until one is left.</summary>
    public static string TreeHash(ReadOnlySpan<byte> body)
    {
        var level = new List<byte[]>();
        for (var offset = 0; offset < body.Length; offset += TreeHashChunk)
        {
            level.Add(SHA256.HashData(body.Slice(offset, Math.Min(TreeHashChunk, body.Length - offset))));
        }
        if (level.Count == 0)
        {
            return HexEncoding.Lower(SHA256.HashData(ReadOnlySpan<byte>.Empty));
        }
        while (level.Count > 1)
        {
            var next = new List<byte[]>((level.Count + 1) / 2);
            for (var i = 0; i < level.Count; i += 2)
            {
                next.Add(i + 1 < level.Count ? SHA256.HashData([.. level[i], .. level[i + 1]]) : level[i]);
            }
            level = next;
        }
        return HexEncoding.Lower(level[0]);
    }

    private static byte[] ReadAndRewind(Stream stream)
    {
        var start = stream.Position;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        stream.Position = start;
        return copy.ToArray();
    }
}
