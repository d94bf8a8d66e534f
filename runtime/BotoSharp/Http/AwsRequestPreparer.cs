using System.Globalization;

namespace BotoSharp.Http;

/// <summary>
/// The last header fix-ups before sending (botocore's <c>AWSRequestPreparer</c>): <c>Content-Length</c> for every
/// method except GET, HEAD and OPTIONS, or <c>Transfer-Encoding: chunked</c> when the length cannot be known.
/// </summary>
public static class AwsRequestPreparer
{
    private static readonly HashSet<string> s_noLengthMethods = new(StringComparer.Ordinal) { "GET", "HEAD", "OPTIONS" };

    /// <summary>Adds the length header unless <c>Content-Length</c> or <c>Transfer-Encoding</c> is already set.</summary>
    public static void PrepareHeaders(AwsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.Contains("Transfer-Encoding") || request.Headers.Contains("Content-Length"))
        {
            return;
        }
        if (s_noLengthMethods.Contains(request.Method))
        {
            return;
        }
        if (request.BodyLength is { } length)
        {
            request.Headers.Set("Content-Length", length.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            request.Headers.Set("Transfer-Encoding", "chunked");
        }
    }
}
