using System.Net;
using System.Text;

namespace BotoSharp.Tests.Telemetry;

/// <summary>An in-process HTTP handler answering every request with one scripted status and body; records requests and disposal.</summary>
internal sealed class StubHandler(HttpStatusCode status, string body) : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = new();

    public bool Disposed { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "text/xml") };
        response.Headers.Add("x-amzn-RequestId", "stub-request-id");
        return Task.FromResult(response);
    }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
