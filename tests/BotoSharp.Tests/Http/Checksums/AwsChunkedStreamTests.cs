using System.Text;
using BotoSharp.Errors;
using BotoSharp.Http.Checksums;

namespace BotoSharp.Tests.Http.Checksums;

/// <summary>The aws-chunked framing, byte for byte as botocore's AwsChunkedWrapper writes it.</summary>
[TestFixture]
public sealed class AwsChunkedStreamTests
{
    private static string ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Encoding.ASCII.GetString(copy.ToArray());
    }

    [Test]
    public void Small_chunks_are_framed_with_hex_lengths_and_end_with_the_checksum_trailer()
    {
        var stream = new AwsChunkedStream(new MemoryStream(Encoding.ASCII.GetBytes("hello world")), "crc32", "x-amz-checksum-crc32", chunkSize: 4);
        Assert.That(ReadAll(stream), Is.EqualTo("4\r\nhell\r\n4\r\no wo\r\n3\r\nrld\r\n0\r\nx-amz-checksum-crc32:DUoRhQ==\r\n\r\n"));
    }

    [Test]
    public void An_empty_body_is_only_the_trailer()
    {
        var stream = new AwsChunkedStream(new MemoryStream(), "sha256", "x-amz-checksum-sha256");
        Assert.That(ReadAll(stream), Is.EqualTo("0\r\nx-amz-checksum-sha256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\r\n\r\n"));
    }

    [Test]
    public void Seeking_to_the_start_replays_the_same_bytes_for_a_retry()
    {
        var stream = new AwsChunkedStream(new MemoryStream(Encoding.ASCII.GetBytes("hello world")), "crc32", "x-amz-checksum-crc32", chunkSize: 4);
        var first = ReadAll(stream);
        stream.Seek(0, SeekOrigin.Begin);
        Assert.That(ReadAll(stream), Is.EqualTo(first));
    }

    [Test]
    public void Seeking_anywhere_but_the_start_raises_AwsChunkedWrapperError()
    {
        var stream = new AwsChunkedStream(new MemoryStream(new byte[10]), "crc32", "x-amz-checksum-crc32");
        Assert.That(() => stream.Seek(3, SeekOrigin.Begin), Throws.TypeOf<AwsChunkedWrapperError>());
    }

    [Test]
    public void The_framed_length_is_known_in_advance_for_a_seekable_body()
    {
        var stream = new AwsChunkedStream(new MemoryStream(new byte[10_000]), "crc32", "x-amz-checksum-crc32", chunkSize: 4096);
        var expected = stream.Length;
        Assert.That(ReadAll(stream).Length, Is.EqualTo(expected));
    }
}
