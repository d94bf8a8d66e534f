using BotoSharp.Http;
using BotoSharp.Signing;

namespace BotoSharp.Tests.Signing;

/// <summary>Presigned POST fields, byte for byte as botocore 1.43.11 produced them for the same input (known answers).</summary>
[TestFixture]
public sealed class PresignPostSignerTests
{
    private static readonly SigningCredentials s_credentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "TOKEN");

    private static AwsRequest NewPostRequest()
    {
        var request = new AwsRequest("POST", "https://mybucket.s3.amazonaws.com/");
        request.Context[PresignPostContext.FieldsKey] = new Dictionary<string, object?> { ["key"] = "user/${filename}" };
        request.Context[PresignPostContext.PolicyKey] = new Dictionary<string, object?>
        {
            ["expiration"] = "2015-08-30T13:36:00Z",
            ["conditions"] = new List<object?> { new Dictionary<string, object?> { ["bucket"] = "mybucket" }, new List<object?> { "starts-with", "$key", "user/é" } },
        };
        return request;
    }

    private static IDictionary<string, object?> Fields(AwsRequest request) => (IDictionary<string, object?>)request.Context[PresignPostContext.FieldsKey]!;

    [Test]
    public void The_SigV4_POST_fields_and_signature_match_botocore()
    {
        var request = NewPostRequest();
        new S3SigV4PostSigner(s_credentials, "s3", "us-east-1", FixedClock.TestSuite).Sign(request);
        Assert.That(Fields(request).Select(f => $"{f.Key}={f.Value}"), Is.EqualTo(new[]
        {
            "key=user/${filename}", "x-amz-algorithm=AWS4-HMAC-SHA256", "x-amz-credential=AKIDEXAMPLE/20150830/us-east-1/s3/aws4_request",
            "x-amz-date=20150830T123600Z", "x-amz-security-token=TOKEN",
            "policy=eyJleHBpcmF0aW9uIjogIjIwMTUtMDgtMzBUMTM6MzY6MDBaIiwgImNvbmRpdGlvbnMiOiBbeyJidWNrZXQiOiAibXlidWNrZXQifSwgWyJzdGFydHMtd2l0aCIsICIka2V5IiwgInVzZXIvXHUwMGU5Il0sIHsieC1hbXotYWxnb3JpdGhtIjogIkFXUzQtSE1BQy1TSEEyNTYifSwgeyJ4LWFtei1jcmVkZW50aWFsIjogIkFLSURFWEFNUExFLzIwMTUwODMwL3VzLWVhc3QtMS9zMy9hd3M0X3JlcXVlc3QifSwgeyJ4LWFtei1kYXRlIjogIjIwMTUwODMwVDEyMzYwMFoifSwgeyJ4LWFtei1zZWN1cml0eS10b2tlbiI6ICJUT0tFTiJ9XX0=",
            "x-amz-signature=c27ebaa8745af3400a072249b84127389c9d0e60a55fea3211f59c35705a18cd",
        }));
    }

    [Test]
    public void The_HMAC_v1_POST_fields_and_signature_match_botocore()
    {
        var request = NewPostRequest();
        new HmacV1PostSigner(s_credentials).Sign(request);
        Assert.That(Fields(request)["policy"], Is.EqualTo("eyJleHBpcmF0aW9uIjogIjIwMTUtMDgtMzBUMTM6MzY6MDBaIiwgImNvbmRpdGlvbnMiOiBbeyJidWNrZXQiOiAibXlidWNrZXQifSwgWyJzdGFydHMtd2l0aCIsICIka2V5IiwgInVzZXIvXHUwMGU5Il0sIHsieC1hbXotc2VjdXJpdHktdG9rZW4iOiAiVE9LRU4ifV19"));
        Assert.That(Fields(request)["signature"], Is.EqualTo("HRS2tP3Jr8D069rXAoqHN+aAoNU="));
        Assert.That(Fields(request)["AWSAccessKeyId"], Is.EqualTo("AKIDEXAMPLE"));
    }

    [Test]
    public void The_S3_Express_POST_uses_the_session_token_field_and_matches_botocore()
    {
        var request = NewPostRequest();
        new S3ExpressPostSigner(s_credentials, "s3", "us-east-1", FixedClock.TestSuite).Sign(request);
        Assert.That(Fields(request)["X-Amz-S3session-Token"], Is.EqualTo("TOKEN"));
        Assert.That(Fields(request)["x-amz-signature"], Is.EqualTo("801ef16e19401be4c8409c4cc4bb71b40e96301d817176eb0857571df348b1ba"));
    }

    [Test]
    public void RequestSigner_picks_the_POST_signer_for_presign_post()
    {
        var signer = new RequestSigner("s3", "us-east-1", "s3", "s3v4", () => s_credentials, clock: FixedClock.TestSuite);
        var request = NewPostRequest();
        signer.Sign("PutObject", request, signingType: SigningTypes.PresignPost);
        Assert.That(Fields(request)["x-amz-signature"], Is.EqualTo("c27ebaa8745af3400a072249b84127389c9d0e60a55fea3211f59c35705a18cd"));
    }
}
