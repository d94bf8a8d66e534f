namespace BotoSharp.Auth;

/// <summary>
/// What a refresh callback returns, botocore's metadata dictionary (<c>access_key</c>, <c>secret_key</c>,
/// <c>token</c>, <c>expiry_time</c>, <c>account_id</c>). The expiry stays a string because providers hand over
/// the service's text and botocore parses it only when it applies the refresh.
/// </summary>
/// <param name="AccessKey">The access key id.</param>
/// <param name="SecretKey">The secret access key.</param>
/// <param name="Token">The session token.</param>
/// <param name="ExpiryTime">The expiry as an ISO 8601 string.</param>
/// <param name="AccountId">The account id, when the source reports one.</param>
public sealed record CredentialMetadata(string? AccessKey, string? SecretKey, string? Token, string? ExpiryTime, string? AccountId = null)
{
    /// <summary>Keeps the secret and token out of logs and debugger views.</summary>
    public override string ToString() =>
        $"CredentialMetadata {{ AccessKey = {AccessKey}, ExpiryTime = {ExpiryTime}, AccountId = {AccountId} }}";
}
