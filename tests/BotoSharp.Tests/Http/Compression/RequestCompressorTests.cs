using System.IO.Compression;
using System.Text;
using BotoSharp.Http;
using BotoSharp.Http.Compression;

namespace BotoSharp.Tests.Http.Compression;

/// <summary>When botocore gzips a request body, and what it sends.</summary>
[TestFixture]
public sealed class RequestCompressorTests
{
    private static readonly string[] s_gzip = { "gzip" };

    private static AwsRequest Request(int size)
    {
        var request = new AwsRequest("POST", "https://monitoring.us-east-1.amazonaws.com/");
        request.SetBody(Encoding.ASCII.GetBytes(new string('a', size)));
        return request;
    }

    private static string Gunzip(byte[] data)
    {
        using var gzip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.ASCII);
        return reader.ReadToEnd();
    }

    [Test]
    public async Task A_body_at_the_minimum_size_is_gzipped_and_Content_Encoding_is_set()
    {
        var request = Request(10240);
        var used = await RequestCompressor.MaybeCompressAsync(request, new RequestCompressionSettings(), s_gzip, false, false, CancellationToken.None);
        Assert.That(used, Is.EqualTo("gzip"));
        Assert.That(request.Headers["Content-Encoding"], Is.EqualTo("gzip"));
        Assert.That(Gunzip(request.BodyBytes!), Is.EqualTo(new string('a', 10240)));
    }

    [Test]
    public async Task A_body_below_the_minimum_size_is_sent_as_it_is()
    {
        var request = Request(10239);
        Assert.That(await RequestCompressor.MaybeCompressAsync(request, new RequestCompressionSettings(), s_gzip, false, false, CancellationToken.None), Is.Null);
        Assert.That(request.Headers.Contains("Content-Encoding"), Is.False);
    }

    [Test]
    public async Task An_existing_Content_Encoding_gets_gzip_appended()
    {
        var request = Request(10);
        request.Headers.Set("Content-Encoding", "custom");
        await RequestCompressor.MaybeCompressAsync(request, new RequestCompressionSettings { RequestMinCompressionSizeBytes = 0 }, s_gzip, false, false, CancellationToken.None);
        Assert.That(request.Headers["Content-Encoding"], Is.EqualTo("custom,gzip"));
    }

    [Test]
    public async Task Compression_is_off_when_disabled_for_sigv2_or_for_unmodelled_operations()
    {
        Assert.That(await RequestCompressor.MaybeCompressAsync(Request(20000), new RequestCompressionSettings { DisableRequestCompression = true }, s_gzip, false, false, CancellationToken.None), Is.Null);
        Assert.That(await RequestCompressor.MaybeCompressAsync(Request(20000), new RequestCompressionSettings { SignatureVersion = "v2" }, s_gzip, false, false, CancellationToken.None), Is.Null);
        Assert.That(await RequestCompressor.MaybeCompressAsync(Request(20000), new RequestCompressionSettings(), null, false, false, CancellationToken.None), Is.Null);
        Assert.That(await RequestCompressor.MaybeCompressAsync(Request(20000), new RequestCompressionSettings(), new[] { "br" }, false, false, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task A_small_streaming_body_is_compressed_unless_it_requires_a_length()
    {
        var streaming = new AwsRequest("PUT", "https://example.com/");
        streaming.SetBody(new MemoryStream(Encoding.ASCII.GetBytes("tiny")));
        Assert.That(await RequestCompressor.MaybeCompressAsync(streaming, new RequestCompressionSettings(), s_gzip, true, false, CancellationToken.None), Is.EqualTo("gzip"));
        Assert.That(Gunzip(streaming.BodyBytes!), Is.EqualTo("tiny"));

        var requiresLength = new AwsRequest("PUT", "https://example.com/");
        requiresLength.SetBody(new MemoryStream(Encoding.ASCII.GetBytes("tiny")));
        Assert.That(await RequestCompressor.MaybeCompressAsync(requiresLength, new RequestCompressionSettings(), s_gzip, true, true, CancellationToken.None), Is.Null);
    }
}
