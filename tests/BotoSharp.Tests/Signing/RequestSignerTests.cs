using BotoSharp.Errors;
using BotoSharp.Http;
using BotoSharp.Signing;

namespace BotoSharp.Tests.Signing;

/// <summary>How <see cref="RequestSigner"/> chooses a signer, as botocore's RequestSigner does.</summary>
[TestFixture]
public sealed class RequestSignerTests
{
    private static readonly SigningCredentials s_credentials = new("AKID", "SECRET");

    private static RequestSigner Create(string signatureVersion = "v4", string? region = "us-east-1", string? token = null, string signingName = "service") =>
        new("service", region, signingName, signatureVersion, () => s_credentials, () => token, FixedClock.TestSuite);

    private static AwsRequest NewRequest() => new("GET", "https://example.amazonaws.com/");

    [Test]
    public void The_client_signature_version_signs_when_the_request_has_no_auth_type()
    {
        var request = NewRequest();
        Create().Sign("Op", request);
        Assert.That(request.Headers["Authorization"], Does.StartWith("AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service/aws4_request"));
    }

    [Test]
    public void An_UNSIGNED_signature_version_leaves_the_request_unsigned()
    {
        var request = NewRequest();
        Create(SignatureVersions.Unsigned).Sign("Op", request);
        Assert.That(request.Headers.Contains("Authorization"), Is.False);
        Assert.That(request.Headers.Contains("X-Amz-Date"), Is.False);
    }

    [Test]
    public void The_auth_type_in_the_context_beats_the_client_signature_version()
    {
        var request = NewRequest();
        request.Context["auth_type"] = "bearer";
        Create(token: "tok").Sign("Op", request);
        Assert.That(request.Headers["Authorization"], Is.EqualTo("Bearer tok"));
    }

    [Test]
    public void Bearer_signing_without_a_token_raises_NoAuthTokenError()
    {
        Assert.Throws<NoAuthTokenError>(() => Create("bearer").Sign("Op", NewRequest()));
    }

    [Test]
    public void The_choose_signer_callback_can_replace_the_signature_version()
    {
        var signer = Create();
        ChooseSignerEventArgs? seen = null;
        signer.ChooseSigner = args =>
        {
            seen = args;
            return SignatureVersions.Unsigned;
        };
        var request = NewRequest();
        signer.Sign("GetId", request);
        Assert.That(seen?.SignatureVersion, Is.EqualTo("v4"));
        Assert.That(seen?.OperationName, Is.EqualTo("GetId"));
        Assert.That(request.Headers.Contains("Authorization"), Is.False);
    }

    [Test]
    public void Presigning_adds_the_query_suffix_even_to_a_name_returned_by_choose_signer()
    {
        var signer = Create();
        signer.ChooseSigner = _ => "s3v4";
        Assert.That(signer.ChooseSignatureVersion("Op", SigningTypes.PresignUrl, new Dictionary<string, object?>()), Is.EqualTo("s3v4-query"));
    }

    [Test]
    public void The_before_sign_callback_sees_the_request_before_the_signature_is_added()
    {
        var signer = Create();
        string? authorizationDuringCallback = "unset";
        signer.BeforeSign = args => authorizationDuringCallback = args.Request.Headers["Authorization"];
        signer.Sign("Op", NewRequest());
        Assert.That(authorizationDuringCallback, Is.Null);
    }

    [Test]
    public void An_unknown_signature_version_raises_UnknownSignatureVersionError()
    {
        Assert.Throws<UnknownSignatureVersionError>(() => Create("v9").Sign("Op", NewRequest()));
    }

    [Test]
    public void An_unknown_presign_signature_version_raises_UnsupportedSignatureVersionError()
    {
        Assert.Throws<UnsupportedSignatureVersionError>(() => Create("v9").GeneratePresignedUrl(NewRequest(), "Op"));
    }

    [Test]
    public void SigV4_without_a_client_region_raises_NoRegionError()
    {
        Assert.Throws<NoRegionError>(() => Create(region: null).Sign("Op", NewRequest()));
    }

    [Test]
    public void The_endpoint_signing_region_and_name_are_used_unless_a_region_is_given_explicitly()
    {
        var request = NewRequest();
        request.Context[SigningProperties.ContextKey] = new Dictionary<string, object?> { ["region"] = "eu-west-1", ["signing_name"] = "other" };
        Create().Sign("Op", request);
        Assert.That(request.Headers["Authorization"], Does.Contain("/eu-west-1/other/aws4_request"));

        var explicitRegion = NewRequest();
        explicitRegion.Context[SigningProperties.ContextKey] = new SigningProperties { Region = "eu-west-1" };
        Create().Sign("Op", explicitRegion, regionName: "ap-south-1");
        Assert.That(explicitRegion.Headers["Authorization"], Does.Contain("/ap-south-1/service/aws4_request"));
    }

    [Test]
    public void A_presigned_url_carries_the_expiry_and_ends_with_the_signature()
    {
        var url = Create("s3v4", signingName: "s3").GeneratePresignedUrl(new AwsRequest("GET", "https://b.s3.amazonaws.com/k"), "GetObject", 120);
        Assert.That(url, Does.Contain("X-Amz-Expires=120&X-Amz-SignedHeaders=host&X-Amz-Signature="));
    }

    [Test]
    public void Signing_without_credentials_raises_NoCredentialsError()
    {
        var signer = new RequestSigner("service", "us-east-1", "service", "v4", () => null, clock: FixedClock.TestSuite);
        Assert.Throws<NoCredentialsError>(() => signer.Sign("Op", NewRequest()));
    }

    [TestCase("none", "service", ExpectedResult = "UNSIGNED")]
    [TestCase("bearer", "service", ExpectedResult = "bearer")]
    [TestCase("v4", "s3", ExpectedResult = "s3v4")]
    [TestCase("v4", "s3-outposts", ExpectedResult = "s3v4")]
    [TestCase("v4-unsigned-body", "service", ExpectedResult = "v4")]
    [TestCase("v4-s3express", "s3express", ExpectedResult = "v4-s3express")]
    [TestCase("v4a", "service", ExpectedResult = "v4a")]
    public string? The_operation_auth_type_maps_to_a_signature_version(string authType, string signingName)
    {
        return OperationSignerSelection.Choose(new Dictionary<string, object?> { ["auth_type"] = authType }, signingName);
    }

    [Test]
    public void The_v4_unsigned_body_auth_type_turns_payload_signing_off()
    {
        var context = new Dictionary<string, object?> { ["auth_type"] = "v4-unsigned-body" };
        OperationSignerSelection.Choose(context, "service");
        Assert.That(context["payload_signing_enabled"], Is.False);
    }

    [TestCase("s3v4-query", ExpectedResult = "s3-query")]
    [TestCase("v4-presign-post", ExpectedResult = "s3-presign-post")]
    [TestCase("v4-s3express-query", ExpectedResult = "v4-s3express-query")]
    [TestCase("v4a-query", ExpectedResult = null)]
    [TestCase("s3v4", ExpectedResult = null)]
    public string? S3_presigning_in_legacy_regions_defaults_to_sigv2(string signatureVersion) => S3PresignDefaults.ChooseSigner(signatureVersion);

    [Test]
    public void S3_presigning_defaults_to_sigv2_only_without_a_configured_version_in_a_known_sigv2_region()
    {
        var known = new[] { "us-east-1", "eu-central-1" };
        Assert.Multiple(() =>
        {
            Assert.That(S3PresignDefaults.ShouldDefaultToSigV2(null, "us-east-1", known, new[] { "s3", "s3v4" }), Is.True);
            Assert.That(S3PresignDefaults.ShouldDefaultToSigV2("s3v4", "us-east-1", known, new[] { "s3", "s3v4" }), Is.False);
            Assert.That(S3PresignDefaults.ShouldDefaultToSigV2(null, "eu-central-1", known, new[] { "s3v4" }), Is.False);
            Assert.That(S3PresignDefaults.ShouldDefaultToSigV2(null, "xx-new-1", known, new[] { "s3", "s3v4" }), Is.False);
        });
    }
}
