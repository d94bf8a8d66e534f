using System.Text;
using BotoSharp.Http;

namespace BotoSharp.Tests.Http;

/// <summary>When S3 uploads ask for 100-continue, as botocore's add_expect_header decides.</summary>
[TestFixture]
public sealed class ExpectContinueTests
{
    [Test]
    public void A_PUT_with_a_stream_body_gets_Expect_100_continue_whatever_its_size()
    {
        var request = new AwsRequest("PUT", "https://b.s3.amazonaws.com/k");
        request.SetBody(new MemoryStream(new byte[1]));
        ExpectContinue.Apply(request, "PUT");
        Assert.That(request.Headers["Expect"], Is.EqualTo("100-continue"));
    }

    [Test]
    public void Byte_bodies_and_GETs_get_no_Expect_header()
    {
        var bytes = new AwsRequest("PUT", "https://b.s3.amazonaws.com/k");
        bytes.SetBody(Encoding.ASCII.GetBytes("x"));
        ExpectContinue.Apply(bytes, "PUT");
        var get = new AwsRequest("GET", "https://b.s3.amazonaws.com/k");
        get.SetBody(new MemoryStream(new byte[1]));
        ExpectContinue.Apply(get, "GET");
        Assert.That(bytes.Headers.Contains("Expect") || get.Headers.Contains("Expect"), Is.False);
    }

    [Test]
    public void The_experimental_flag_skips_empty_streams()
    {
        var request = new AwsRequest("PUT", "https://b.s3.amazonaws.com/k");
        request.SetBody(new MemoryStream());
        ExpectContinue.Apply(request, "PUT", skipEmptyBodies: true);
        Assert.That(request.Headers.Contains("Expect"), Is.False);
    }
}
