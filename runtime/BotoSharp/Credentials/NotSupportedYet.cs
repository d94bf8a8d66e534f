using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// The error raised where botocore would call STS, SSO or the sign-in service: those generated clients do not
/// exist yet, and falling through to another credential source would silently use the wrong identity.
/// </summary>
internal static class NotSupportedYet
{
    /// <summary>Creates the error for a provider, naming what it would have needed.</summary>
    public static CredentialRetrievalError Error(string provider, string needs) =>
        new(provider, $"this profile needs {needs}, which BotoSharp does not support yet");
}
