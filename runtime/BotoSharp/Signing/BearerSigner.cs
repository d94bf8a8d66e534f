using BotoSharp.Errors;
using BotoSharp.Http;

namespace BotoSharp.Signing;

/// <summary>Bearer token auth (RFC 6750 §2.1; botocore's <c>BearerAuth</c>): <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
public sealed class BearerSigner : ISigner
{
    private readonly string? _token;

    /// <summary>Creates the signer with a frozen token; null makes <see cref="Sign"/> raise <see cref="NoAuthTokenError"/>.</summary>
    public BearerSigner(string? token) => _token = token;

    /// <inheritdoc />
    /// <exception cref="NoAuthTokenError">There is no token.</exception>
    public void Sign(AwsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_token is null)
        {
            throw new NoAuthTokenError();
        }
        request.Headers.Set("Authorization", "Bearer " + _token);
    }
}
