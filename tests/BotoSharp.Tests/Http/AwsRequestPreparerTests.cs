using System.Text;
using BotoSharp.Http;

namespace BotoSharp.Tests.Http;

/// <summary>The Content-Length rules of botocore's AWSRequestPreparer.</summary>
[TestFixture]
public sealed class AwsRequestPreparerTests
{
    [TestCase("PUT", "abc", ExpectedResult = "3")]
    [TestCase("POST", "", ExpectedResult = "0")]
    [TestCase("DELETE", "", ExpectedResult = "0")]
    [TestCase("GET", "", ExpectedResult = null)]
    [TestCase("HEAD", "", ExpectedResult = null)]
    [TestCase("OPTIONS", "x", ExpectedResult = null)]
    public string? Content_Length_is_set_for_every_method_but_GET_HEAD_and_OPTIONS(string method, string body)
    {
        var request = new AwsRequest(method, "https://example.com/");
        request.SetBody(Encoding.ASCII.GetBytes(body));
        AwsRequestPreparer.PrepareHeaders(request);
        return request.Headers["Content-Length"];
    }

    [Test]
    public void A_stream_of_unknown_length_is_sent_chunked()
    {
        var request = new AwsRequest("PUT", "https://example.com/");
        request.SetBody(new UnknownLengthStream());
        AwsRequestPreparer.PrepareHeaders(request);
        Assert.That(request.Headers["Transfer-Encoding"], Is.EqualTo("chunked"));
        Assert.That(request.Headers.Contains("Content-Length"), Is.False);
    }

    [Test]
    public void A_length_already_set_is_kept()
    {
        var request = new AwsRequest("PUT", "https://example.com/");
        request.Headers.Set("Content-Length", "42");
        request.SetBody(Encoding.ASCII.GetBytes("abc"));
        AwsRequestPreparer.PrepareHeaders(request);
        Assert.That(request.Headers.GetAll("Content-Length"), Is.EqualTo(new[] { "42" }));
    }

    [Test]
    public void A_seekable_stream_counts_from_its_current_position()
    {
        var stream = new MemoryStream(new byte[10]) { Position = 4 };
        var request = new AwsRequest("PUT", "https://example.com/");
        request.SetBody(stream);
        AwsRequestPreparer.PrepareHeaders(request);
        Assert.That(request.Headers["Content-Length"], Is.EqualTo("6"));
    }

    private sealed class UnknownLengthStream : MemoryStream
    {
        public override bool CanSeek => false;
    }
}
