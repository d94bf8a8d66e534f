namespace BotoSharp.Signing;

/// <summary>
/// The frozen access key, secret key and session token a signer uses for one request (botocore's
/// <c>ReadOnlyCredentials</c>). The session's refreshable credentials are frozen into this once per attempt.
/// </summary>
/// <param name="AccessKey">The access key id.</param>
/// <param name="SecretKey">The secret access key.</param>
/// <param name="Token">The session token, or null for long-term keys.</param>
public sealed record SigningCredentials(string AccessKey, string SecretKey, string? Token = null)
{
    /// <summary>Keeps the secret out of logs and debugger views.</summary>
    public override string ToString() => $"SigningCredentials {{ AccessKey = {AccessKey}, Token = {(Token is null ? "null" : "***")} }}";
}
