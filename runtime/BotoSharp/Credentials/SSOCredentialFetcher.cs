using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BotoSharp.Configuration;
using BotoSharp.Errors;
using BotoSharp.Protocols;

namespace BotoSharp.Auth;

/// <summary>
/// Exchanges the IAM Identity Center token for role credentials with <c>sso:GetRoleCredentials</c> (unsigned, in
/// the sso_region), botocore's <c>SSOCredentialFetcher</c>. An sso-session profile gets its token from the
/// <see cref="SSOTokenProvider"/> (which refreshes it); a legacy profile reads the cached token and fails with
/// <see cref="UnauthorizedSSOTokenError"/> once it has expired, as does a token the portal rejects.
/// </summary>
public sealed class SSOCredentialFetcher : CachedCredentialFetcher
{
    private readonly string _startUrl;
    private readonly string _ssoRegion;
    private readonly string _roleName;
    private readonly string _accountId;
    private readonly CredentialClientCreator _clientCreator;
    private readonly SSOTokenLoader? _tokenLoader;
    private readonly TokenProvider? _tokenProvider;
    private readonly string? _sessionName;

    /// <summary>Creates the fetcher.</summary>
    public SSOCredentialFetcher(string startUrl, string ssoRegion, string roleName, string accountId, CredentialClientCreator clientCreator,
        SSOTokenLoader? tokenLoader = null, ICredentialCache? cache = null, TimeSpan? expiryWindow = null, TokenProvider? tokenProvider = null,
        string? ssoSessionName = null, TimeProvider? timeProvider = null)
        : base(cache, expiryWindow, timeProvider)
    {
        _startUrl = startUrl;
        _ssoRegion = ssoRegion;
        _roleName = roleName;
        _accountId = accountId;
        _clientCreator = clientCreator ?? throw new ArgumentNullException(nameof(clientCreator));
        _tokenLoader = tokenLoader;
        _tokenProvider = tokenProvider;
        _sessionName = ssoSessionName;
    }

    /// <inheritdoc/>
    protected override string CreateCacheKey()
    {
        var args = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["roleName"] = _roleName, ["accountId"] = _accountId };
        args[_sessionName is { Length: > 0 } ? "sessionName" : "startUrl"] = _sessionName is { Length: > 0 } ? _sessionName : _startUrl;
        var json = PythonJsonWriter.Serialize(args, compact: true);
        return MakeFileSafe(Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(json))).ToLowerInvariant());
    }

    /// <inheritdoc/>
    protected override async Task<Dictionary<string, object?>> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        var client = _clientCreator("sso", new CredentialClientOptions
        {
            Config = new ClientConfig { SignatureVersion = ClientConfig.Unsigned, RegionName = _ssoRegion },
        });
        var token = await AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        Dictionary<string, object?> response;
        try
        {
            response = await CredentialClientCreators.InvokeAsync(client, "GetRoleCredentials", new Dictionary<string, object?>
            {
                ["roleName"] = _roleName,
                ["accountId"] = _accountId,
                ["accessToken"] = token,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ClientError e) when (e.Code == "UnauthorizedException")
        {
            throw new UnauthorizedSSOTokenError(e);
        }
        var role = PlainValues.Dict(response, "roleCredentials") ?? throw new KeyNotFoundException("roleCredentials");
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["ProviderType"] = "sso",
            ["Credentials"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["AccessKeyId"] = role.GetValueOrDefault("accessKeyId"),
                ["SecretAccessKey"] = role.GetValueOrDefault("secretAccessKey"),
                ["SessionToken"] = role.GetValueOrDefault("sessionToken"),
                ["Expiration"] = FormatMilliseconds(role.GetValueOrDefault("expiration")),
                ["AccountId"] = _accountId,
            },
        };
    }

    private async Task<string> AccessTokenAsync(CancellationToken cancellationToken)
    {
        if (_tokenProvider is not null)
        {
            var loaded = _tokenProvider.LoadToken() ?? throw new NoAuthTokenError();
            return (await loaded.GetFrozenTokenAsync(cancellationToken).ConfigureAwait(false)).Token;
        }
        var token = _tokenLoader!.Load(_startUrl);
        var expiresAt = token["expiresAt"] as string ?? string.Empty;
        var expiration = CredentialTime.ParseOrNull(expiresAt) ?? throw new SSOTokenLoadError($"Token for {_startUrl} has an invalid expiresAt: {expiresAt}");
        // An expired legacy token would only be rejected by the portal: save the call.
        if (expiration - TimeProvider.GetUtcNow() <= TimeSpan.Zero)
        {
            throw new UnauthorizedSSOTokenError();
        }
        return token["accessToken"] as string ?? string.Empty;
    }

    // Epoch milliseconds to %Y-%m-%dT%H:%M:%SZ (the fraction is dropped, as strftime drops it).
    private static string FormatMilliseconds(object? milliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(milliseconds, CultureInfo.InvariantCulture)).UtcDateTime
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
