using BotoSharp.Http;
using BotoSharp.Http.Checksums;
using BotoSharp.Http.Compression;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// What botocore does to the request once per call after <c>before-call</c>: request compression
/// (<c>maybe_compress_request</c>), then the flexible checksum (<c>resolve_checksum_context</c>,
/// <c>apply_request_checksum</c>). Every attempt sends the result.
/// </summary>
/// <remarks>
/// Content-Length is not set here: botocore adds it when the request is prepared, after signing, so it is never a
/// signed header; the transport adds it (<see cref="AwsRequestPreparer"/>) just before sending.
/// </remarks>
internal sealed class BodyTransformsStage : CallStage
{
    private readonly RequestCompressionSettings _compression;
    private readonly string _requestChecksumCalculation;

    public BodyTransformsStage(RequestCompressionSettings compression, string requestChecksumCalculation)
    {
        _compression = compression;
        _requestChecksumCalculation = requestChecksumCalculation;
    }

    /// <inheritdoc />
    public override async ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        var request = call.Request!;
        var plan = call.Plan;
        if (plan.HasRequestCompression)
        {
            await RequestCompressor.MaybeCompressAsync(request, _compression, plan.CompressionEncodings, plan.HasStreamingInput,
                plan.StreamingInputRequiresLength, cancellationToken).ConfigureAwait(false);
        }
        FlexibleChecksums.Default.ResolveChecksumContext(request, plan.ChecksumTrait, call.Parameters, _requestChecksumCalculation,
            _compression.SignatureVersion);
        await FlexibleChecksums.Default.ApplyRequestChecksumAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
