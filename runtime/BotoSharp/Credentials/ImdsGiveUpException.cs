namespace BotoSharp.Auth;

/// <summary>
/// Internal signal that IMDS could not supply credentials (attempts exhausted, a 400 on the token request, or
/// IMDS disabled); botocore's <c>_RetriesExceededError</c> and <c>BadIMDSRequestError</c>, which never escape
/// the fetcher.
/// </summary>
internal sealed class ImdsGiveUpException : Exception
{
    /// <summary>Creates the signal.</summary>
    public ImdsGiveUpException()
        : base("The instance metadata service did not provide credentials.")
    {
    }
}
