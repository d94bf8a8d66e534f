using System.Text.RegularExpressions;
using BotoSharp.Errors;

namespace BotoSharp.Http.Checksums;

/// <summary>
/// botocore's flexible checksums (<c>httpchecksum.py</c>): choose the request checksum, apply it as a header or an
/// <c>aws-chunked</c> trailer, and choose and check the response checksum.
/// </summary>
/// <remarks>
/// <see cref="UseCrtAlgorithms"/> decides whether CRC32C, CRC64NVME and the xxhash family are available, as they are
/// in botocore with <c>awscrt</c>. BotoSharp implements them natively, so it defaults to true; set it to false to
/// reproduce plain botocore (those algorithms then raise <see cref="MissingDependencyException"/>).
/// </remarks>
public sealed partial class FlexibleChecksums
{
    /// <summary>Shared instance with CRT-equivalent algorithms enabled.</summary>
    public static FlexibleChecksums Default { get; } = new();

    /// <summary>Whether the CRT-only algorithms are available.</summary>
    public bool UseCrtAlgorithms { get; init; } = true;

    /// <summary>The algorithms that can be computed.</summary>
    public IReadOnlyList<string> SupportedAlgorithms => UseCrtAlgorithms ? ChecksumAlgorithms.WithCrt : ChecksumAlgorithms.WithoutCrt;

    [GeneratedRegex("^X-Amz-Checksum-([a-z0-9]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChecksumHeaderPattern();

    /// <summary>
    /// Whether the request already has an <c>x-amz-checksum-&lt;alnum&gt;</c> header. Like botocore this also matches
    /// <c>x-amz-checksum-mode</c>/<c>-algorithm</c>/<c>-type</c>, which then suppresses the automatic checksum.
    /// </summary>
    public static bool HasChecksumHeader(AwsRequest request)
    {
        foreach (var header in request.Headers)
        {
            if (IsChecksumHeaderName(header.Key))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// botocore's <c>CHECKSUM_HEADER_PATTERN</c> (<c>^X-Amz-Checksum-([a-z0-9]*)$</c>, any case). An ASCII name is
    /// checked by hand: every request with a body asks, and the regex's first use loads the regex engine in a cold
    /// process's first call. Other names go to the pattern itself (its case-insensitive classes reach past ASCII).
    /// </summary>
    internal static bool IsChecksumHeaderName(string name)
    {
        if (!System.Text.Ascii.IsValid(name))
        {
            return ChecksumHeaderPattern().IsMatch(name);
        }
        const string prefix = "x-amz-checksum-";
        var text = name.AsSpan();
        // `$` also matches before one final newline.
        if (text.Length > 0 && text[^1] == '\n')
        {
            text = text[..^1];
        }
        if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        foreach (var c in text[prefix.Length..])
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// botocore's <c>_handle_request_validation_mode_member</c> (before-parameter-build): under
    /// <c>response_checksum_validation=when_supported</c> the validation-mode member defaults to <c>ENABLED</c>.
    /// </summary>
    public static void ApplyValidationModeDefault(IDictionary<string, object?> parameters, HttpChecksumTrait trait, string responseChecksumValidation)
    {
        if (trait.RequestValidationModeMember is { } member && responseChecksumValidation == "when_supported")
        {
            parameters.TryAdd(member, "ENABLED");
        }
    }

    /// <summary>
    /// Decides the request and response checksums and stores them in the request's <see cref="ChecksumContext"/>
    /// (botocore's <c>resolve_checksum_context</c>). Call after serialization and before compression and signing.
    /// </summary>
    /// <param name="request">The serialized request (URL, headers and context are read).</param>
    /// <param name="trait">The operation's checksum facts.</param>
    /// <param name="parameters">The operation input parameters.</param>
    /// <param name="requestChecksumCalculation"><c>when_supported</c> (default) or <c>when_required</c>.</param>
    /// <param name="signatureVersion">The client signature version (<c>s3</c> keeps checksums in headers).</param>
    /// <exception cref="FlexibleChecksumError">The requested algorithm is unknown.</exception>
    /// <exception cref="MissingDependencyException">A CRT-only algorithm while <see cref="UseCrtAlgorithms"/> is false.</exception>
    public void ResolveChecksumContext(AwsRequest request, HttpChecksumTrait trait, IReadOnlyDictionary<string, object?> parameters, string requestChecksumCalculation, string? signatureVersion)
    {
        ResolveRequestAlgorithm(request, trait, parameters, requestChecksumCalculation, signatureVersion);
        ResolveResponseAlgorithms(request, trait, parameters);
    }

    /// <summary>botocore's <c>resolve_request_checksum_algorithm</c>.</summary>
    public void ResolveRequestAlgorithm(AwsRequest request, HttpChecksumTrait trait, IReadOnlyDictionary<string, object?> parameters, string requestChecksumCalculation, string? signatureVersion)
    {
        if (HasChecksumHeader(request))
        {
            return;
        }
        // Made only when an algorithm is chosen: most operations return below without one.
        ChecksumContext? context = null;
        string algorithm;
        if (trait.RequestAlgorithmMember is { } member && parameters.TryGetValue(member, out var requested) && requested is not null)
        {
            algorithm = (requested.ToString() ?? string.Empty).ToLowerInvariant();
            if (!SupportedAlgorithms.Contains(algorithm))
            {
                if (!UseCrtAlgorithms && ChecksumAlgorithms.CrtOnly.Contains(algorithm))
                {
                    throw new MissingDependencyException($"Using {algorithm.ToUpperInvariant()} requires an additional dependency. You will need to pip install botocore[crt] before proceeding.");
                }
                throw new FlexibleChecksumError($"Unsupported checksum algorithm: {algorithm}");
            }
        }
        else if (trait.RequestChecksumRequired || (trait.RequestAlgorithmMember is not null && requestChecksumCalculation == "when_supported"))
        {
            // A presigned URL cannot carry a checksum of a body that is not known yet.
            if (request.Context.TryGetValue("is_presign_request", out var presign) && presign is true)
            {
                return;
            }
            algorithm = ChecksumAlgorithms.Crc32;
            if (trait.RequestAlgorithmMemberHeader is { } header)
            {
                context = ChecksumContext.From(request) ?? new ChecksumContext();
                context.RequestAlgorithmHeader = new KeyValuePair<string, string>(header, ChecksumAlgorithms.DefaultAlgorithmHeaderValue);
            }
        }
        else
        {
            return;
        }
        var location = RequestChecksumAlgorithm.InHeader;
        if (trait.HasStreamingInput && request.Url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) && signatureVersion != "s3")
        {
            location = RequestChecksumAlgorithm.InTrailer;
        }
        context ??= ChecksumContext.From(request) ?? new ChecksumContext();
        context.RequestAlgorithm = new RequestChecksumAlgorithm(algorithm, location, "x-amz-checksum-" + algorithm);
        request.Context[ChecksumContext.ContextKey] = context;
    }

    /// <summary>botocore's <c>resolve_response_checksum_algorithms</c>: only when the validation-mode member is set.</summary>
    public void ResolveResponseAlgorithms(AwsRequest request, HttpChecksumTrait trait, IReadOnlyDictionary<string, object?> parameters)
    {
        if (trait.RequestValidationModeMember is not { } member || !parameters.ContainsKey(member))
        {
            return;
        }
        var context = ChecksumContext.From(request) ?? new ChecksumContext();
        context.ResponseAlgorithms = UsableResponseAlgorithms(trait);
        request.Context[ChecksumContext.ContextKey] = context;
    }

    // Apart from ResolveResponseAlgorithms: its lambdas capture a local, and the closure holding it was made at that
    // method's entry, on every call, even the usual one that returns at once.
    private List<string> UsableResponseAlgorithms(HttpChecksumTrait trait)
    {
        var modelled = trait.ResponseAlgorithms.Select(a => a.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return ChecksumAlgorithms.Priority.Where(a => modelled.Contains(a) && SupportedAlgorithms.Contains(a)).ToList();
    }
}
