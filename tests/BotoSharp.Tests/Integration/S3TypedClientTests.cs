using System.Text;
using BotoSharp.Services.S3;

namespace BotoSharp.Tests.Integration;

/// <summary>The generated S3 client (rest-xml) against moto_server.</summary>
[TestFixture]
[Category("Integration")]
public sealed class S3TypedClientTests
{
    private static MemoryStream Text(string s) => new(Encoding.UTF8.GetBytes(s));

    private static async Task<string> ReadAsync(Stream? body)
    {
        using var reader = new StreamReader(body!);
        return await reader.ReadToEndAsync();
    }

    [Test]
    public async Task Objects_are_put_read_headed_listed_and_deleted_through_the_typed_client()
    {
        var s3 = MotoFixture.Typed<S3Client>();
        await s3.CreateBucketAsync(new CreateBucketRequest { Bucket = "typed-bucket" });
        await s3.PutObjectAsync(new PutObjectRequest { Bucket = "typed-bucket", Key = "docs/a b.txt", Body = Text("alpha"), ContentType = "text/plain" });
        await s3.PutObjectAsync(new PutObjectRequest { Bucket = "typed-bucket", Key = "docs/b.txt", Body = Text("beta") });

        var got = await s3.GetObjectAsync(new GetObjectRequest { Bucket = "typed-bucket", Key = "docs/a b.txt" });
        Assert.That(await ReadAsync(got.Body), Is.EqualTo("alpha"));
        Assert.That(got.ContentType, Is.EqualTo("text/plain"));

        var head = await s3.HeadObjectAsync(new HeadObjectRequest { Bucket = "typed-bucket", Key = "docs/b.txt" });
        Assert.That(head.ContentLength, Is.EqualTo(4));

        var listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { Bucket = "typed-bucket", Prefix = "docs/" });
        Assert.That(listed.Contents!.Select(o => o.Key), Is.EqualTo(new[] { "docs/a b.txt", "docs/b.txt" }));

        await s3.DeleteObjectAsync(new DeleteObjectRequest { Bucket = "typed-bucket", Key = "docs/b.txt" });
        var after = await s3.ListObjectsV2Async(new ListObjectsV2Request { Bucket = "typed-bucket", Prefix = "docs/" });
        Assert.That(after.KeyCount, Is.EqualTo(1));
    }

    [Test]
    public async Task A_multipart_upload_of_two_parts_reads_back_whole()
    {
        var s3 = MotoFixture.Typed<S3Client>();
        await s3.CreateBucketAsync(new CreateBucketRequest { Bucket = "typed-multipart" });
        var upload = await s3.CreateMultipartUploadAsync(new CreateMultipartUploadRequest { Bucket = "typed-multipart", Key = "big.bin" });
        var first = new byte[5 * 1024 * 1024];
        Array.Fill(first, (byte)'a');
        var part1 = await s3.UploadPartAsync(new UploadPartRequest
        {
            Bucket = "typed-multipart", Key = "big.bin", UploadId = upload.UploadId, PartNumber = 1, Body = new MemoryStream(first),
        });
        var part2 = await s3.UploadPartAsync(new UploadPartRequest
        {
            Bucket = "typed-multipart", Key = "big.bin", UploadId = upload.UploadId, PartNumber = 2, Body = Text("tail"),
        });
        await s3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
        {
            Bucket = "typed-multipart",
            Key = "big.bin",
            UploadId = upload.UploadId,
            MultipartUpload = new() { Parts = [new() { ETag = part1.ETag, PartNumber = 1 }, new() { ETag = part2.ETag, PartNumber = 2 }] },
        });

        var head = await s3.HeadObjectAsync(new HeadObjectRequest { Bucket = "typed-multipart", Key = "big.bin" });
        Assert.That(head.ContentLength, Is.EqualTo(first.Length + 4));
        var tail = await s3.GetObjectAsync(new GetObjectRequest { Bucket = "typed-multipart", Key = "big.bin", Range = $"bytes={first.Length}-" });
        Assert.That(await ReadAsync(tail.Body), Is.EqualTo("tail"));
    }

    [Test]
    public async Task A_presigned_GET_from_the_typed_client_is_fetched_by_a_plain_HttpClient()
    {
        var s3 = MotoFixture.Typed<S3Client>();
        await s3.CreateBucketAsync(new CreateBucketRequest { Bucket = "typed-presign" });
        await s3.PutObjectAsync(new PutObjectRequest { Bucket = "typed-presign", Key = "p.txt", Body = Text("presigned body") });
        var url = s3.GeneratePresignedUrl("GetObject", new Dictionary<string, object?> { ["Bucket"] = "typed-presign", ["Key"] = "p.txt" }, 120);

        using var http = new HttpClient();
        Assert.That(await http.GetStringAsync(url), Is.EqualTo("presigned body"));
    }

    [Test]
    public async Task A_presigned_GET_from_a_typed_request_equals_the_dictionary_form_and_is_fetched()
    {
        var s3 = MotoFixture.Typed<S3Client>();
        await s3.CreateBucketAsync(new CreateBucketRequest { Bucket = "typed-presign-request" });
        await s3.PutObjectAsync(new PutObjectRequest { Bucket = "typed-presign-request", Key = "q.txt", Body = Text("typed request") });
        var typed = s3.GeneratePresignedUrl(new GetObjectRequest { Bucket = "typed-presign-request", Key = "q.txt", ResponseContentType = "text/plain" }, 300);
        var byName = s3.GeneratePresignedUrl("GetObject", new Dictionary<string, object?>
        {
            ["Bucket"] = "typed-presign-request", ["Key"] = "q.txt", ["ResponseContentType"] = "text/plain",
        }, 300);

        static string Unsigned(string url) => string.Join('&', url.Split('&').Where(p => !p.StartsWith("X-Amz-Date=", StringComparison.Ordinal) && !p.StartsWith("X-Amz-Signature=", StringComparison.Ordinal)));
        Assert.That(Unsigned(typed), Is.EqualTo(Unsigned(byName)));
        using var http = new HttpClient();
        using var answer = await http.GetAsync(typed);
        Assert.That(typed, Does.Contain("response-content-type=text%2Fplain"));
        Assert.That(await answer.Content.ReadAsStringAsync(), Is.EqualTo("typed request"));
    }

    [Test]
    public async Task Disposing_a_GetObject_output_closes_its_body()
    {
        var s3 = MotoFixture.Typed<S3Client>();
        await s3.CreateBucketAsync(new CreateBucketRequest { Bucket = "typed-dispose" });
        await s3.PutObjectAsync(new PutObjectRequest { Bucket = "typed-dispose", Key = "d.txt", Body = Text("disposed") });
        var got = await s3.GetObjectAsync(new GetObjectRequest { Bucket = "typed-dispose", Key = "d.txt" });
        got.Dispose();
        // Not a checksum mismatch over the empty closed HTTP body: a read of a disposed stream, as .NET streams say it.
        Assert.That(got.Body, Is.InstanceOf<BotoSharp.Http.Checksums.ChecksumValidatingStream>(), "moto sends a checksum header here");
        Assert.That(async () => await ReadAsync(got.Body), Throws.InstanceOf<ObjectDisposedException>());
    }

    [Test]
    public void A_missing_bucket_raises_the_generated_NoSuchBucket_error()
    {
        var s3 = MotoFixture.Typed<S3Client>();
        Assert.ThrowsAsync<NoSuchBucket>(() => s3.GetObjectAsync(new GetObjectRequest { Bucket = "typed-no-such-bucket", Key = "x" }));
    }
}
