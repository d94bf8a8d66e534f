using System.Text.Json;
using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Credentials from the ECS/EKS container endpoint, botocore's <c>ContainerProvider</c>. Triggered by
/// <c>AWS_CONTAINER_CREDENTIALS_RELATIVE_URI</c> (which wins) or <c>_FULL_URI</c>; fetched eagerly during the
/// chain; the <c>Authorization</c> header comes from <c>AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE</c> (re-read on
/// every fetch) or <c>AWS_CONTAINER_AUTHORIZATION_TOKEN</c>.
/// </summary>
public sealed class ContainerProvider : CredentialProvider
{
    /// <summary>The method name, <c>container-role</c>.</summary>
    public const string MethodName = "container-role";

    private const string RelativeUriVar = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI";
    private const string FullUriVar = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
    private const string AuthTokenVar = "AWS_CONTAINER_AUTHORIZATION_TOKEN";
    private const string AuthTokenFileVar = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE";

    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly ContainerMetadataFetcher _fetcher;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the provider over an environment map.</summary>
    public ContainerProvider(IReadOnlyDictionary<string, string> environment, ContainerMetadataFetcher? fetcher = null, TimeProvider? timeProvider = null)
    {
        _environment = environment ?? throw new ArgumentNullException(nameof(environment));
        _fetcher = fetcher ?? new ContainerMetadataFetcher();
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override string Method => MethodName;

    /// <inheritdoc/>
    public override string? CanonicalName => "EcsContainer";

    /// <inheritdoc/>
    public override Credentials? Load() => CredentialTime.RunSync(LoadAsync);

    /// <inheritdoc/>
    public override async Task<Credentials?> LoadAsync(CancellationToken cancellationToken = default)
    {
        string fullUri;
        if (_environment.TryGetValue(RelativeUriVar, out var relative))
        {
            fullUri = ContainerMetadataFetcher.FullUrl(relative);
        }
        else if (_environment.TryGetValue(FullUriVar, out var full))
        {
            fullUri = full;
        }
        else
        {
            return null;
        }
        var metadata = await FetchAsync(fullUri, cancellationToken).ConfigureAwait(false);
        return RefreshableCredentials.CreateFromMetadata(metadata, ct => FetchAsync(fullUri, ct), MethodName, _timeProvider);
    }

    private async Task<CredentialMetadata> FetchAsync(string fullUri, CancellationToken cancellationToken)
    {
        JsonElement response;
        try
        {
            response = await _fetcher.RetrieveFullUriAsync(fullUri, BuildHeaders(), cancellationToken).ConfigureAwait(false);
        }
        catch (MetadataRetrievalError e)
        {
            throw new CredentialRetrievalError(MethodName, e.Message, e);
        }
        if (response.ValueKind != JsonValueKind.Object)
        {
            throw new CredentialRetrievalError(MethodName, "Container metadata response is not a JSON object");
        }
        return new CredentialMetadata(Required(response, "AccessKeyId"), Required(response, "SecretAccessKey"),
            Required(response, "Token"), Required(response, "Expiration"),
            response.TryGetProperty("AccountId", out var account) && account.ValueKind == JsonValueKind.String ? account.GetString() : null);
    }

    // botocore fails with a bare KeyError; the typed error names the missing field.
    private static string Required(JsonElement response, string name) =>
        response.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new CredentialRetrievalError(MethodName, $"Missing required key in response: '{name}'");

    private Dictionary<string, string>? BuildHeaders()
    {
        string? token = null;
        if (_environment.TryGetValue(AuthTokenFileVar, out var tokenFile))
        {
            try
            {
                token = File.ReadAllText(tokenFile);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CredentialRetrievalError(MethodName, $"Unable to read {AuthTokenFileVar} '{tokenFile}': {e.Message}", e);
            }
        }
        else if (_environment.TryGetValue(AuthTokenVar, out var value))
        {
            token = value;
        }
        if (token is null)
        {
            return null;
        }
        if (token.Contains('\r') || token.Contains('\n'))
        {
            // botocore raises ValueError with this text; a header split across lines must never be sent.
            throw new InvalidConfigError("Auth token value is not a legal header value");
        }
        return new Dictionary<string, string> { ["Authorization"] = token };
    }
}
