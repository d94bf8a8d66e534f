using System.Collections.Concurrent;

namespace BotoSharp.Tests.Hosting;

/// <summary>A host's own <see cref="DelegatingHandler"/>, added through IHttpClientFactory: records each request it passes on.</summary>
internal sealed class RecordingHandler(ConcurrentQueue<string> seen) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        seen.Enqueue($"{request.Method} {request.RequestUri!.AbsolutePath}");
        return base.SendAsync(request, cancellationToken);
    }
}
