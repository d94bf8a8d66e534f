using BotoSharp.Errors;
using BotoSharp.Signing;

namespace BotoSharp.Tests.Signing;

/// <summary>Model auth traits and auth-scheme preferences resolve as in botocore 1.43.11 without CRT (answers taken from it).</summary>
[TestFixture]
public sealed class AuthTypeResolutionTests
{
    [Test]
    public void SigV4a_is_skipped_and_the_next_scheme_is_used()
    {
        Assert.That(AuthTypeResolution.ResolveAuthType(new[] { "aws.auth#sigv4a", "aws.auth#sigv4" }), Is.EqualTo("v4"));
    }

    [Test]
    public void NoAuth_resolves_to_none()
    {
        Assert.That(AuthTypeResolution.ResolveAuthType(new[] { "smithy.api#noAuth" }), Is.EqualTo("none"));
    }

    [Test]
    public void Only_SigV4a_raises_UnsupportedSignatureVersionError_with_the_list()
    {
        Assert.That(() => AuthTypeResolution.ResolveAuthType(new[] { "aws.auth#sigv4a" }),
            Throws.TypeOf<UnsupportedSignatureVersionError>().With.Message.EqualTo("Signature version(s) are not supported: ['aws.auth#sigv4a']"));
    }

    [Test]
    public void An_unknown_scheme_raises_UnknownSignatureVersionError()
    {
        Assert.That(() => AuthTypeResolution.ResolveAuthType(new[] { "custom#x" }),
            Throws.TypeOf<UnknownSignatureVersionError>().With.Message.EqualTo("Unknown Signature Version: custom#x."));
    }

    [Test]
    public void A_preferred_scheme_the_service_supports_comes_first()
    {
        Assert.That(AuthTypeResolution.ResolveAuthSchemePreference(new[] { "httpBearerAuth" }, new[] { "aws.auth#sigv4", "smithy.api#httpBearerAuth" }), Is.EqualTo("bearer"));
        Assert.That(AuthTypeResolution.ResolveAuthSchemePreference(new[] { "sigv4a" }, new[] { "aws.auth#sigv4a", "aws.auth#sigv4" }), Is.EqualTo("v4"));
    }

    [Test]
    public void No_usable_preferred_or_supported_scheme_raises_UnsupportedSignatureVersionError()
    {
        Assert.That(() => AuthTypeResolution.ResolveAuthSchemePreference(Array.Empty<string>(), new[] { "aws.auth#sigv4a" }),
            Throws.TypeOf<UnsupportedSignatureVersionError>().With.Message.EqualTo("Signature version(s) are not supported: sigv4a"));
    }
}
