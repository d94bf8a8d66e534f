using System.Text;
using BotoSharp.Errors;
using BotoSharp.Http;
using BotoSharp.Http.Checksums;

namespace BotoSharp.Tests.Http.Checksums;

/// <summary>Request checksum selection and application, and response validation, as in botocore's httpchecksum.py.</summary>
[TestFixture]
public sealed class FlexibleChecksumsTests
{
    private static readonly HttpChecksumTrait s_putObject = new()
    {
        RequestAlgorithmMember = "ChecksumAlgorithm",
        RequestAlgorithmMemberHeader = "x-amz-sdk-checksum-algorithm",
        HasStreamingInput = true,
    };

    private static AwsRequest Request(string url = "https://b.s3.amazonaws.com/k", string body = "hello world")
    {
        var request = new AwsRequest("PUT", url);
        request.SetBody(Encoding.ASCII.GetBytes(body));
        return request;
    }

    private static readonly Dictionary<string, object?> s_noParams = new();

    [Test]
    public void When_supported_defaults_to_a_crc32_trailer_for_streaming_input_over_https()
    {
        var request = Request();
        FlexibleChecksums.Default.ResolveChecksumContext(request, s_putObject, s_noParams, "when_supported", "s3v4");
        var context = ChecksumContext.From(request)!;
        Assert.That(context.RequestAlgorithm, Is.EqualTo(new RequestChecksumAlgorithm("crc32", "trailer", "x-amz-checksum-crc32")));
        Assert.That(context.RequestAlgorithmHeader, Is.EqualTo(new KeyValuePair<string, string>("x-amz-sdk-checksum-algorithm", "CRC32")));
    }

    [TestCase("http://b.s3.amazonaws.com/k", "s3v4", ExpectedResult = "header")]
    [TestCase("https://b.s3.amazonaws.com/k", "s3", ExpectedResult = "header")]
    [TestCase("https://b.s3.amazonaws.com/k", "s3v4", ExpectedResult = "trailer")]
    public string The_checksum_goes_in_a_header_over_http_or_with_sigv2(string url, string signatureVersion)
    {
        var request = Request(url);
        FlexibleChecksums.Default.ResolveChecksumContext(request, s_putObject, s_noParams, "when_supported", signatureVersion);
        return ChecksumContext.From(request)!.RequestAlgorithm!.In;
    }

    [Test]
    public void When_required_computes_nothing_for_an_operation_that_does_not_require_a_checksum()
    {
        var request = Request();
        FlexibleChecksums.Default.ResolveChecksumContext(request, s_putObject, s_noParams, "when_required", "s3v4");
        Assert.That(ChecksumContext.From(request), Is.Null);
    }

    [Test]
    public void A_required_checksum_defaults_to_crc32_even_under_when_required()
    {
        var request = Request();
        FlexibleChecksums.Default.ResolveChecksumContext(request, new HttpChecksumTrait { RequestChecksumRequired = true }, s_noParams, "when_required", "s3v4");
        Assert.That(ChecksumContext.From(request)!.RequestAlgorithm, Is.EqualTo(new RequestChecksumAlgorithm("crc32", "header", "x-amz-checksum-crc32")));
    }

    [Test]
    public void The_algorithm_member_picks_the_algorithm_in_lower_case()
    {
        var request = Request();
        FlexibleChecksums.Default.ResolveChecksumContext(request, s_putObject, new Dictionary<string, object?> { ["ChecksumAlgorithm"] = "SHA256" }, "when_supported", "s3v4");
        Assert.That(ChecksumContext.From(request)!.RequestAlgorithm!.Algorithm, Is.EqualTo("sha256"));
        Assert.That(ChecksumContext.From(request)!.RequestAlgorithmHeader, Is.Null);
    }

    [Test]
    public void An_existing_checksum_header_turns_automatic_checksums_off()
    {
        var request = Request();
        request.Headers.Set("x-amz-checksum-mode", "ENABLED");
        FlexibleChecksums.Default.ResolveChecksumContext(request, s_putObject, s_noParams, "when_supported", "s3v4");
        Assert.That(ChecksumContext.From(request), Is.Null);
    }

    [Test]
    public void A_presign_request_gets_no_default_checksum()
    {
        var request = Request();
        request.Context["is_presign_request"] = true;
        FlexibleChecksums.Default.ResolveChecksumContext(request, s_putObject, s_noParams, "when_supported", "s3v4");
        Assert.That(ChecksumContext.From(request), Is.Null);
    }

    [Test]
    public void Without_crt_algorithms_crc32c_raises_MissingDependencyException_like_plain_botocore()
    {
        var plain = new FlexibleChecksums { UseCrtAlgorithms = false };
        Assert.Throws<MissingDependencyException>(() => plain.ResolveChecksumContext(Request(), s_putObject, new Dictionary<string, object?> { ["ChecksumAlgorithm"] = "CRC32C" }, "when_supported", "s3v4"));
        Assert.Throws<FlexibleChecksumError>(() => plain.ResolveChecksumContext(Request(), s_putObject, new Dictionary<string, object?> { ["ChecksumAlgorithm"] = "MD4" }, "when_supported", "s3v4"));
    }

    [Test]
    public async Task Applying_a_trailer_checksum_matches_botocore_headers_and_body()
    {
        var request = Request();
        request.Headers.Set("Content-Encoding", "gzip");
        request.Headers.Set("Content-Length", "11");
        FlexibleChecksums.Default.ResolveChecksumContext(request, s_putObject, s_noParams, "when_supported", "s3v4");
        await FlexibleChecksums.Default.ApplyRequestChecksumAsync(request, CancellationToken.None);
        var headers = request.Headers.Select(h => $"{h.Key}: {h.Value}");
        // botocore 1.43.11 apply_request_checksum on the same input (dict order differs; the set is what matters).
        Assert.That(headers, Is.EquivalentTo(new[]
        {
            "Content-Encoding: gzip,aws-chunked", "Transfer-Encoding: chunked", "X-Amz-Trailer: x-amz-checksum-crc32",
            "X-Amz-Decoded-Content-Length: 11", "x-amz-sdk-checksum-algorithm: CRC32",
        }));
        using var body = new MemoryStream();
        await request.BodyStream!.CopyToAsync(body);
        Assert.That(Encoding.ASCII.GetString(body.ToArray()), Is.EqualTo("b\r\nhello world\r\n0\r\nx-amz-checksum-crc32:DUoRhQ==\r\n\r\n"));
    }

    [Test]
    public async Task Applying_a_header_checksum_sets_the_base64_digest()
    {
        var request = Request("http://b.s3.amazonaws.com/k");
        request.Context[ChecksumContext.ContextKey] = new ChecksumContext { RequestAlgorithm = new("sha256", "header", "x-amz-checksum-sha256") };
        await FlexibleChecksums.Default.ApplyRequestChecksumAsync(request, CancellationToken.None);
        Assert.That(request.Headers["x-amz-checksum-sha256"], Is.EqualTo("uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="));
    }

    [Test]
    public void Response_algorithms_follow_the_priority_order_and_the_supported_set()
    {
        var request = Request();
        var trait = new HttpChecksumTrait { RequestValidationModeMember = "ChecksumMode", ResponseAlgorithms = new[] { "SHA256", "CRC32", "CRC64NVME", "CRC32C", "SHA1" } };
        var parameters = new Dictionary<string, object?>();
        FlexibleChecksums.ApplyValidationModeDefault(parameters, trait, "when_supported");
        Assert.That(parameters["ChecksumMode"], Is.EqualTo("ENABLED"));
        new FlexibleChecksums { UseCrtAlgorithms = false }.ResolveChecksumContext(request, trait, parameters, "when_supported", "s3v4");
        Assert.That(ChecksumContext.From(request)!.ResponseAlgorithms, Is.EqualTo(new[] { "crc32", "sha1", "sha256" }));
        FlexibleChecksums.Default.ResolveChecksumContext(request, trait, parameters, "when_supported", "s3v4");
        Assert.That(ChecksumContext.From(request)!.ResponseAlgorithms, Is.EqualTo(new[] { "crc64nvme", "crc32c", "crc32", "sha1", "sha256" }));
    }

    [Test]
    public void A_response_with_a_wrong_checksum_raises_FlexibleChecksumError_with_botocores_message()
    {
        var context = new ChecksumContext { ResponseAlgorithms = new[] { "crc32" } };
        var headers = new HttpHeaderList();
        headers.Set("x-amz-checksum-crc32", "AAAAAA==");
        Assert.That(() => FlexibleChecksums.ValidateResponse(context, headers, Encoding.ASCII.GetBytes("hello world")),
            Throws.TypeOf<FlexibleChecksumError>().With.Message.EqualTo("Expected checksum AAAAAA== did not match calculated checksum: DUoRhQ=="));
    }

    [Test]
    public void A_composite_multipart_checksum_is_skipped()
    {
        var context = new ChecksumContext { ResponseAlgorithms = new[] { "crc32" } };
        var headers = new HttpHeaderList();
        headers.Set("x-amz-checksum-crc32", "AAAAAA==-3");
        Assert.That(FlexibleChecksums.ValidateResponse(context, headers, Encoding.ASCII.GetBytes("hello world")), Is.Null);
    }

    [Test]
    public void A_matching_response_records_the_algorithm()
    {
        var context = new ChecksumContext { ResponseAlgorithms = new[] { "crc32" } };
        var headers = new HttpHeaderList();
        headers.Set("x-amz-checksum-crc32", "DUoRhQ==");
        Assert.That(FlexibleChecksums.ValidateResponse(context, headers, Encoding.ASCII.GetBytes("hello world")), Is.EqualTo("crc32"));
        Assert.That(context.ResponseAlgorithm, Is.EqualTo("crc32"));
    }

    [Test]
    public void A_streaming_response_is_checked_when_the_reader_reaches_the_end()
    {
        var context = new ChecksumContext { ResponseAlgorithms = new[] { "crc32" } };
        var headers = new HttpHeaderList();
        headers.Set("x-amz-checksum-crc32", "AAAAAA==");
        using var stream = FlexibleChecksums.WrapStreamingResponse(context, headers, new MemoryStream(Encoding.ASCII.GetBytes("hello world")));
        Assert.That(() => stream.CopyTo(Stream.Null), Throws.TypeOf<FlexibleChecksumError>());
    }
}
