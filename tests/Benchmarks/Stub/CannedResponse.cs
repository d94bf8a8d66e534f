using System.Net;
using System.Net.Http.Headers;

namespace Benchmarks.Stub;

/// <summary>
/// One HTTP response as the service sends it: status, headers and body bytes, replayed for every request so both
/// SDKs parse exactly the same wire data.
/// </summary>
public sealed class CannedResponse
{
    private readonly KeyValuePair<string, string>[] _headers;

    /// <summary>Creates a canned response; <c>Content-Type</c> among <paramref name="headers"/> goes on the content.</summary>
    public CannedResponse(int status, byte[] body, params KeyValuePair<string, string>[] headers)
    {
        Status = status;
        Body = body;
        _headers = headers;
    }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; }

    /// <summary>The body bytes.</summary>
    public byte[] Body { get; }

    /// <summary>Builds a fresh <see cref="HttpResponseMessage"/>, as a socket handler would for each response.</summary>
    public HttpResponseMessage ToMessage(HttpRequestMessage request)
    {
        var content = new ByteArrayContent(Body);
        content.Headers.ContentLength = Body.Length;
        var message = new HttpResponseMessage((HttpStatusCode)Status) { RequestMessage = request, Content = content };
        foreach (var (name, value) in _headers)
        {
            if (string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(value);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return message;
    }
}
