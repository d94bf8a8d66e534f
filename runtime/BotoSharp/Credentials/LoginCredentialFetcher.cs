using System.Globalization;
using BotoSharp.Configuration;
using BotoSharp.Errors;
using BotoSharp.Http;

namespace BotoSharp.Auth;

/// <summary>
/// Turns a console sign-in session from the login cache into credentials and renews them with
/// <c>signin:CreateOAuth2Token</c> (refresh-token grant with a DPoP proof), writing the renewed session back;
/// botocore's <c>LoginCredentialFetcher</c>. A session another process renewed less than 5 minutes before
/// expiry is reused without a call.
/// </summary>
public sealed class LoginCredentialFetcher
{
    private static readonly TimeSpan s_refreshThreshold = TimeSpan.FromMinutes(5);
    private static readonly string[] s_requiredTokenFields = ["accessToken", "refreshToken", "dpopKey", "clientId"];

    private readonly string _sessionName;
    private readonly LoginTokenLoader _tokenLoader;
    private readonly CredentialClientCreator _clientCreator;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the fetcher for one <c>login_session</c>.</summary>
    public LoginCredentialFetcher(string sessionName, LoginTokenLoader tokenLoader, CredentialClientCreator clientCreator, TimeProvider? timeProvider = null)
    {
        _sessionName = sessionName ?? throw new ArgumentNullException(nameof(sessionName));
        _tokenLoader = tokenLoader ?? throw new ArgumentNullException(nameof(tokenLoader));
        _clientCreator = clientCreator ?? throw new ArgumentNullException(nameof(clientCreator));
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The cached credentials, expired or not.</summary>
    /// <exception cref="LoginTokenLoadError">No session, or one without the required fields.</exception>
    public CredentialMetadata LoadCachedCredentials()
    {
        var token = _tokenLoader.LoadToken(_sessionName) ?? throw new LoginTokenLoadError(
            $"Unable to load a existing login session for session {_sessionName}. Please reauthenticate with 'aws login'.");
        var missing = s_requiredTokenFields.Where(k => !token.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new LoginTokenLoadError(
                $"Failed to load access token from token cache, missing required fields: {string.Join(", ", missing)}.");
        }
        return ToCredentials(token);
    }

    /// <summary>Renews the credentials (the refresh callback of the login credentials).</summary>
    public async Task<CredentialMetadata> RefreshCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var token = _tokenLoader.LoadToken(_sessionName);
        using var privateKey = DPoPHeader.LoadPrivateKey(token);
        if (PlainValues.Str(PlainValues.Dict(token, "accessToken"), "expiresAt") is { } expiresAt
            && CredentialTime.Parse(expiresAt, LoginProvider.MethodName) - _timeProvider.GetUtcNow() > s_refreshThreshold)
        {
            // Another process renewed the session already.
            return ToCredentials(token!);
        }
        var client = _clientCreator("signin", new CredentialClientOptions { Config = new ClientConfig { SignatureVersion = ClientConfig.Unsigned } });
        // botocore adds the proof in before-call from the request URL; request-created carries the same URL.
        client.Meta.Events.Register("request-created.signin.CreateOAuth2Token", kwargs =>
        {
            var request = (AwsRequest)kwargs["request"]!;
            request.Headers.Set("DPoP", DPoPHeader.Build(privateKey, request.Url));
            return null;
        });
        var output = PlainValues.Dict(await CallAsync(client, token!, cancellationToken).ConfigureAwait(false), "tokenOutput")
            ?? throw new LoginTokenLoadError("Unable to refresh access token due to an invalid service response. Please try running "
                + "'aws login' again. If the issue persists, there may be a temporary signin service problem.");
        var accessToken = PlainValues.Dict(output, "accessToken");
        var expires = _timeProvider.GetUtcNow() + TimeSpan.FromSeconds(Convert.ToDouble(output["expiresIn"], CultureInfo.InvariantCulture));
        token!["accessToken"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["accessKeyId"] = accessToken?.GetValueOrDefault("accessKeyId"),
            ["secretAccessKey"] = accessToken?.GetValueOrDefault("secretAccessKey"),
            ["sessionToken"] = accessToken?.GetValueOrDefault("sessionToken"),
            ["accountId"] = PlainValues.Dict(token, "accessToken")?.GetValueOrDefault("accountId"),
            ["expiresAt"] = CredentialTime.FormatUtc(expires),
        };
        token["refreshToken"] = output.GetValueOrDefault("refreshToken");
        _tokenLoader.SaveToken(_sessionName, token);
        return ToCredentials(token);
    }

    private static async Task<Dictionary<string, object?>> CallAsync(BaseClient client, Dictionary<string, object?> token, CancellationToken cancellationToken)
    {
        try
        {
            return await CredentialClientCreators.InvokeAsync(client, "CreateOAuth2Token", new Dictionary<string, object?>
            {
                ["tokenInput"] = new Dictionary<string, object?>
                {
                    ["clientId"] = token.GetValueOrDefault("clientId"),
                    ["refreshToken"] = token.GetValueOrDefault("refreshToken"),
                    ["grantType"] = "refresh_token",
                },
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (ClientError e) when (e.Code == "AccessDeniedException")
        {
            throw (e.Response.GetValueOrDefault("error") as string) switch
            {
                "TOKEN_EXPIRED" or "USER_CREDENTIALS_CHANGED" => new LoginRefreshRequired(e),
                "INSUFFICIENT_PERMISSIONS" => new LoginInsufficientPermissions(e),
                _ => new LoginError(e),
            };
        }
    }

    private static CredentialMetadata ToCredentials(IReadOnlyDictionary<string, object?> token)
    {
        var access = PlainValues.Dict(token, "accessToken")
            ?? throw new LoginTokenLoadError("Failed to load access token from token cache, missing required fields: accessToken.");
        return new CredentialMetadata(PlainValues.Str(access, "accessKeyId"), PlainValues.Str(access, "secretAccessKey"),
            PlainValues.Str(access, "sessionToken"), PlainValues.Str(access, "expiresAt"), PlainValues.Str(access, "accountId"));
    }
}
