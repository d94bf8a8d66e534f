namespace BotoSharp.Auth;

/// <summary>
/// An immutable snapshot of credentials, botocore's <c>ReadOnlyCredentials</c>. Signers take one of these per
/// request so a refresh in the middle of signing can never mix the key of one set with the secret of another.
/// </summary>
/// <param name="AccessKey">The access key id.</param>
/// <param name="SecretKey">The secret access key.</param>
/// <param name="Token">The session token, or <see langword="null"/> for long-term keys.</param>
/// <param name="AccountId">The account the credentials belong to, when known.</param>
public sealed record ReadOnlyCredentials(string? AccessKey, string? SecretKey, string? Token, string? AccountId = null)
{
    /// <summary>Keeps the secret and token out of logs and debugger views.</summary>
    public override string ToString() =>
        $"ReadOnlyCredentials {{ AccessKey = {AccessKey}, SecretKey = ***, Token = {(Token is null ? "null" : "***")}, AccountId = {AccountId} }}";
}
