using BotoSharp.Errors;
using BotoSharp.Http;

namespace BotoSharp.Signing;

/// <summary>
/// Chooses and runs the signer for each request (botocore's <c>RequestSigner</c>): picks the signature version from
/// the request's auth type or the client default, lets <see cref="ChooseSigner"/> replace it, calls
/// <see cref="BeforeSign"/>, then signs with credentials frozen for this attempt.
/// </summary>
/// <remarks>
/// The two callbacks are where the call path attaches its event emitter (<c>choose-signer.&lt;svc&gt;.&lt;op&gt;</c>
/// with emit-until-response, and <c>before-sign.&lt;svc&gt;.&lt;op&gt;</c>). <c>v4-s3express</c> signs with
/// <see cref="SigningProperties.RequestCredentials"/> (the S3 Express session credentials the call path fetched
/// with <c>CreateSession</c>), falling back to the client credentials.
/// </remarks>
public sealed partial class RequestSigner
{
    private readonly Func<SigningCredentials?> _credentials;
    private Func<CancellationToken, ValueTask<SigningCredentials?>>? _credentialsAsync;
    private readonly Func<string?> _authToken;
    private readonly TimeProvider _clock;

    /// <summary>Creates the signer for one client.</summary>
    /// <param name="serviceId">Hyphenised service id, used in event names.</param>
    /// <param name="regionName">The client region (null is allowed until a region-requiring signer runs).</param>
    /// <param name="signingName">The client signing name.</param>
    /// <param name="signatureVersion">The client default signature version (<c>v4</c>, <c>s3v4</c>, <see cref="SignatureVersions.Unsigned"/>…).</param>
    /// <param name="credentials">Returns frozen credentials for one signing pass, or null when there are none.</param>
    /// <param name="authToken">Returns the bearer token for one signing pass, or null.</param>
    /// <param name="clock">Time source; <see cref="TimeProvider.System"/> when null.</param>
    public RequestSigner(
        string serviceId,
        string? regionName,
        string signingName,
        string signatureVersion,
        Func<SigningCredentials?>? credentials,
        Func<string?>? authToken = null,
        TimeProvider? clock = null)
    {
        ServiceId = serviceId ?? throw new ArgumentNullException(nameof(serviceId));
        RegionName = regionName;
        SigningName = signingName ?? throw new ArgumentNullException(nameof(signingName));
        SignatureVersion = signatureVersion ?? throw new ArgumentNullException(nameof(signatureVersion));
        _credentials = credentials ?? (() => null);
        _authToken = authToken ?? (() => null);
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Hyphenised service id.</summary>
    public string ServiceId { get; }

    /// <summary>The client region.</summary>
    public string? RegionName { get; }

    /// <summary>The client signing name.</summary>
    public string SigningName { get; }

    /// <summary>The client default signature version.</summary>
    public string SignatureVersion { get; }

    /// <summary><c>Config.s3['payload_signing_enabled']</c>, passed to the S3 signers.</summary>
    public bool? S3PayloadSigningEnabled { get; init; }

    /// <summary>
    /// Freezes the credentials for one attempt without blocking (the call path's source); when unset,
    /// <see cref="SignAsync"/> uses the synchronous source given to the constructor.
    /// </summary>
    public Func<CancellationToken, ValueTask<SigningCredentials?>> CredentialsAsync
    {
        get => _credentialsAsync ?? (_ => ValueTask.FromResult(_credentials()));
        init => _credentialsAsync = value;
    }

    /// <summary>The <c>choose-signer</c> point: return a signature version to replace the choice, or null to keep it.</summary>
    public Func<ChooseSignerEventArgs, string?>? ChooseSigner { get; set; }

    /// <summary>The <c>before-sign</c> point: last chance to change the request.</summary>
    public Action<BeforeSignEventArgs>? BeforeSign { get; set; }

    /// <summary>Signs <paramref name="request"/> in place (botocore's <c>sign</c>).</summary>
    /// <param name="operationName">The operation name, for events.</param>
    /// <param name="request">The request.</param>
    /// <param name="regionName">An explicit region; it also beats the endpoint's signing region.</param>
    /// <param name="signingType">One of <see cref="SigningTypes"/>.</param>
    /// <param name="expiresIn">Lifetime for presigned URLs.</param>
    /// <param name="signingName">An explicit signing name.</param>
    /// <exception cref="UnknownSignatureVersionError">No signer has that name (standard signing).</exception>
    /// <exception cref="UnsupportedSignatureVersionError">No presigner has that name.</exception>
    /// <exception cref="NoRegionError">The signer needs a region and the client has none.</exception>
    /// <exception cref="NoCredentialsError">The signer needs credentials and there are none.</exception>
    /// <exception cref="NoAuthTokenError">Bearer signing without a token.</exception>
    public void Sign(string operationName, AwsRequest request, string? regionName = null, string signingType = SigningTypes.Standard, int? expiresIn = null, string? signingName = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Prepare(operationName, request, regionName, signingType, signingName) is not { } pass)
        {
            return;
        }
        ISigner signer;
        try
        {
            signer = GetAuthInstance(pass.SigningName, pass.RegionName, pass.SignatureVersion, expiresIn, pass.RequestCredentials);
        }
        catch (UnknownSignatureVersionError) when (signingType != SigningTypes.Standard)
        {
            throw new UnsupportedSignatureVersionError(pass.SignatureVersion);
        }
        signer.Sign(request);
    }

    /// <summary>
    /// Signs <paramref name="request"/> for one attempt of a call, as <see cref="Sign"/> with standard signing, but
    /// freezing the credentials through <see cref="CredentialsAsync"/> (once, and only when the signer needs them).
    /// </summary>
    /// <exception cref="UnknownSignatureVersionError">No signer has that name.</exception>
    /// <exception cref="NoRegionError">The signer needs a region and the client has none.</exception>
    /// <exception cref="NoCredentialsError">The signer needs credentials and there are none.</exception>
    public async ValueTask SignAsync(string operationName, AwsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Prepare(operationName, request, null, SigningTypes.Standard, null) is not { } pass)
        {
            return;
        }
        ISigner signer;
        if (pass.SignatureVersion == SignatureVersions.Bearer)
        {
            signer = new BearerSigner(_authToken());
        }
        else
        {
            EnsureKnown(pass.SignatureVersion);
            var credentials = pass.RequestCredentials ?? await CredentialsAsync(cancellationToken).ConfigureAwait(false);
            signer = CreateSigner(pass.SigningName, pass.RegionName, pass.SignatureVersion, null, credentials);
        }
        await signer.SignAsync(request, cancellationToken).ConfigureAwait(false);
    }

    // botocore's sign up to get_auth_instance: choose-signer, before-sign, then the signing name and region the
    // endpoint's signing context asks for; null when the request stays unsigned.
    private SigningPass? Prepare(string operationName, AwsRequest request, string? regionName, string signingType, string? signingName)
    {
        var explicitRegion = regionName;
        regionName ??= RegionName;
        signingName ??= SigningName;
        var signatureVersion = ChooseSignatureVersion(operationName, signingType, request.Context);
        BeforeSign?.Invoke(new BeforeSignEventArgs(operationName, request, signingName, RegionName, signatureVersion, this));
        if (signatureVersion == SignatureVersions.Unsigned)
        {
            return null;
        }
        var signing = SigningProperties.Read(request.Context);
        if (explicitRegion is null && !string.IsNullOrEmpty(signing?.Region))
        {
            regionName = signing.Value.Region;
        }
        if (!string.IsNullOrEmpty(signing?.SigningName))
        {
            signingName = signing.Value.SigningName!;
        }
        return new SigningPass(signatureVersion, signingName, regionName, signing?.RequestCredentials);
    }

    private readonly record struct SigningPass(string SignatureVersion, string SigningName, string? RegionName, SigningCredentials? RequestCredentials);

    /// <summary>Signs a copy-free presigned URL for <paramref name="request"/> and returns it (botocore's <c>generate_presigned_url</c>).</summary>
    public string GeneratePresignedUrl(AwsRequest request, string operationName, int expiresIn = 3600, string? regionName = null, string? signingName = null)
    {
        Sign(operationName, request, regionName, SigningTypes.PresignUrl, expiresIn, signingName);
        return request.Url;
    }
}
