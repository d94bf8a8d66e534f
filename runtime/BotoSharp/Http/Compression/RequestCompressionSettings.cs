namespace BotoSharp.Http.Compression;

/// <summary>The client settings request compression reads (botocore's <c>Config</c> fields of the same names).</summary>
public sealed record RequestCompressionSettings
{
    /// <summary>botocore's default <c>request_min_compression_size_bytes</c>.</summary>
    public const long DefaultMinCompressionSizeBytes = 10240;

    /// <summary><c>disable_request_compression</c>: only an explicit true turns compression off.</summary>
    public bool DisableRequestCompression { get; init; }

    /// <summary><c>request_min_compression_size_bytes</c>: non-streaming bodies smaller than this are sent as they are.</summary>
    public long RequestMinCompressionSizeBytes { get; init; } = DefaultMinCompressionSizeBytes;

    /// <summary>The client signature version; SigV2 (<c>v2</c>) requests are never compressed.</summary>
    public string? SignatureVersion { get; init; }
}
