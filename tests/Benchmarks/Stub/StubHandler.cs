namespace Benchmarks.Stub;

/// <summary>
/// The in-process "network": an <see cref="HttpMessageHandler"/> that consumes the request body (as a socket would)
/// and answers with a canned response. Both SDKs are given this handler through their own HTTP seam, so each
/// benchmark measures the SDK's whole call path down to <see cref="HttpClient"/>, and nothing below it.
/// </summary>
public sealed class StubHandler : HttpMessageHandler
{
    private readonly CannedResponse _response;

    /// <summary>Creates a handler that always answers <paramref name="response"/>.</summary>
    public StubHandler(CannedResponse response) => _response = response;

    /// <summary>How many requests this handler answered (lets the smoke check prove the stub was used).</summary>
    public int Requests { get; private set; }

    /// <summary>The method and URL of the first request (<c>PUT https://…</c>), or null before any: the checks compare it.</summary>
    public string? FirstRequest { get; private set; }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            // A real transport serializes the content onto the wire; doing the same keeps lazy content honest.
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }
        Requests++;
        FirstRequest ??= $"{request.Method.Method} {request.RequestUri?.OriginalString}";
        return _response.ToMessage(request);
    }
}
