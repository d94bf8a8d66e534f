namespace BotoSharp.Clients;

/// <summary>
/// What the runtime needs to know about one operation before it has a model: written by the generator as static
/// data beside each operation method (no reflection), and built from a runtime model for the dynamic client.
/// Shape-level details (member locations, XML names, timestamp formats…) come from the operation's model, which is
/// compiled in as well; this record names the operation and carries the traits the call path reads first.
/// </summary>
public sealed record OperationMetadata
{
    /// <summary>The model's service name (the folder name, e.g. <c>s3</c>, <c>dynamodb</c>).</summary>
    public required string ServiceName { get; init; }

    /// <summary>The operation's model name, e.g. <c>PutObject</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The HTTP method of the operation's <c>http</c> trait (POST when absent).</summary>
    public string HttpMethod { get; init; } = "POST";

    /// <summary>The request URI template, e.g. <c>/{Bucket}/{Key+}</c> (<c>/</c> when absent).</summary>
    public string RequestUri { get; init; } = "/";

    /// <summary>The input shape name, or null when the operation takes no input.</summary>
    public string? InputShape { get; init; }

    /// <summary>The output shape name, or null when the operation returns nothing.</summary>
    public string? OutputShape { get; init; }

    /// <summary>The <c>endpoint.hostPrefix</c> template, e.g. <c>{AccountId}.</c>.</summary>
    public string? HostPrefix { get; init; }

    /// <summary>The operation's <c>auth</c> trait (e.g. <c>aws.auth#sigv4</c>) or empty to use the service's.</summary>
    public IReadOnlyList<string> Auth { get; init; } = Array.Empty<string>();

    /// <summary>The legacy <c>authtype</c> trait (<c>none</c>, <c>v4-unsigned-body</c>, <c>bearer</c>…).</summary>
    public string? AuthType { get; init; }

    /// <summary>The input has a streaming blob payload.</summary>
    public bool HasStreamingInput { get; init; }

    /// <summary>The output has a streaming blob payload, returned to the caller as a <see cref="Stream"/> it owns.</summary>
    public bool HasStreamingOutput { get; init; }

    /// <summary>The operation carries <c>httpChecksumRequired</c> or a required <c>httpChecksum</c>.</summary>
    public bool HttpChecksumRequired { get; init; }

    /// <summary>The operation is marked <c>deprecated</c> in the model.</summary>
    public bool Deprecated { get; init; }
    /// <summary>Input members marked <c>idempotencyToken</c>, filled with a fresh UUID when the caller leaves them unset.</summary>
    public IReadOnlyList<string> IdempotencyTokens { get; init; } = Array.Empty<string>();

    /// <summary>The <c>httpChecksum.requestAlgorithmMember</c>: the input member naming the request checksum algorithm.</summary>
    public string? RequestChecksumAlgorithmMember { get; init; }

    /// <summary>The <c>httpChecksum.requestValidationModeMember</c>: the input member enabling response validation.</summary>
    public string? RequestValidationModeMember { get; init; }

    /// <summary>The <c>httpChecksum.responseAlgorithms</c> the operation may validate, in model order.</summary>
    public IReadOnlyList<string> ResponseChecksumAlgorithms { get; init; } = Array.Empty<string>();

    /// <summary>The operation carries <c>unsignedPayload</c>: SigV4 signs it with <c>UNSIGNED-PAYLOAD</c>.</summary>
    public bool UnsignedPayload { get; init; }

    /// <summary>The <c>requestcompression.encodings</c> the operation accepts (e.g. <c>gzip</c>), in model order.</summary>
    public IReadOnlyList<string> RequestCompressionEncodings { get; init; } = Array.Empty<string>();
}
