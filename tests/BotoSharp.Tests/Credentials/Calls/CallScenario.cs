namespace BotoSharp.Tests.Credentials.Calls;

/// <summary>
/// One credential setup that calls a service (STS, SSO, OIDC): config text, profile, extra environment and files
/// (<c>{DIR}</c> is the scenario's folder, <c>{URL}</c> the server). Run by botocore and BotoSharp against the
/// same server and compared on the requests sent, the credentials, the identity and the cache files.
/// <see cref="MfaInputClosed"/> asks for the MFA code on a closed standard input (getpass's fallback on both sides).
/// </summary>
public sealed record CallScenario(string Name, string Config, string? Profile = null, Dictionary<string, string>? Env = null,
    Dictionary<string, string>? Files = null, string? MfaCode = null, bool MfaInputClosed = false)
{
    public override string ToString() => Name;
}
