namespace BotoSharp.Http;

/// <summary>
/// Sends one attempt of a prepared request (botocore's <c>http_session.send</c>). The call path depends on this
/// seam so tests can record requests and script responses without sockets.
/// </summary>
public interface IHttpTransport
{
    /// <summary>Sends <paramref name="request"/> once and returns the response; connection failures raise botocore's errors.</summary>
    Task<AwsResponse> SendAsync(AwsRequest request, CancellationToken cancellationToken = default);
}
