using System.Net;
using System.Net.Sockets;
using System.Text;
using BotoSharp.Errors;
using BotoSharp.Http;

namespace BotoSharp.Tests.Http;

/// <summary>The transport against a real socket on 127.0.0.1.</summary>
[TestFixture]
public sealed class HttpTransportTests
{
    private LocalHttpServer? _server;
    private HttpTransport? _transport;

    private static HttpTransportOptions Direct(TimeSpan? readTimeout = null) =>
        new() { Proxies = ProxyResolver.None, ReadTimeout = readTimeout ?? TimeSpan.FromSeconds(10), ConnectTimeout = TimeSpan.FromSeconds(5) };

    private LocalHttpServer Serve(Func<RecordedRequest, Stream, Task> respond) => _server = new LocalHttpServer(respond);

    private HttpTransport Transport(HttpTransportOptions? options = null) => _transport = new HttpTransport(options ?? Direct());

    [TearDown]
    public void StopServer()
    {
        _transport?.Dispose();
        _server?.Dispose();
        _transport = null;
        _server = null;
    }

    [Test]
    public async Task A_PUT_gets_a_Content_Length_and_the_body_and_the_response_is_read_fully()
    {
        var server = Serve(LocalHttpServer.Reply(200, "done", ("x-amz-request-id", "abc")));
        var request = new AwsRequest("PUT", server.Url + "/bucket/key?x=1");
        request.SetBody(Encoding.ASCII.GetBytes("hello"));
        using var response = await Transport().SendAsync(request);
        var received = server.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(received.RequestLine, Is.EqualTo("PUT /bucket/key?x=1 HTTP/1.1"));
            Assert.That(received.Header("Content-Length"), Is.EqualTo("5"));
            Assert.That(Encoding.ASCII.GetString(received.Body), Is.EqualTo("hello"));
            Assert.That(response.StatusCode, Is.EqualTo(200));
            Assert.That(Encoding.ASCII.GetString(response.Content!), Is.EqualTo("done"));
            Assert.That(response.Headers["X-Amz-Request-Id"], Is.EqualTo("abc"));
        });
    }

    [Test]
    public async Task The_path_is_sent_exactly_as_signed_without_normalisation()
    {
        var server = Serve(LocalHttpServer.Reply(200));
        (await Transport().SendAsync(new AwsRequest("GET", server.Url + "/bucket/a/../b%41%2F./c?x=%7E"))).Dispose();
        Assert.That(server.Requests.Single().RequestLine, Is.EqualTo("GET /bucket/a/../b%41%2F./c?x=%7E HTTP/1.1"));
    }

    [Test]
    public async Task A_url_without_a_path_requests_the_root()
    {
        var server = Serve(LocalHttpServer.Reply(200));
        var transport = Transport();
        (await transport.SendAsync(new AwsRequest("GET", server.Url))).Dispose();
        (await transport.SendAsync(new AwsRequest("GET", server.Url + "?list-type=2"))).Dispose();
        Assert.That(server.Requests.Select(r => r.RequestLine), Is.EqualTo(new[] { "GET / HTTP/1.1", "GET /?list-type=2 HTTP/1.1" }));
    }

    [Test]
    public async Task A_POST_without_a_body_sends_Content_Length_0_and_a_GET_sends_none()
    {
        var server = Serve(LocalHttpServer.Reply(200));
        var transport = Transport();
        (await transport.SendAsync(new AwsRequest("POST", server.Url + "/"))).Dispose();
        (await transport.SendAsync(new AwsRequest("GET", server.Url + "/"))).Dispose();
        var requests = server.Requests.ToArray();
        Assert.That(requests[0].Header("Content-Length"), Is.EqualTo("0"));
        Assert.That(requests[1].Header("Content-Length"), Is.Null);
    }

    [Test]
    public async Task Header_values_are_sent_as_UTF8_and_in_order()
    {
        var server = Serve(LocalHttpServer.Reply(200));
        var request = new AwsRequest("GET", server.Url + "/");
        request.Headers.Set("x-amz-meta-name", "ünïcødé");
        request.Headers.Set("X-Amz-Date", "20150830T123600Z");
        (await Transport().SendAsync(request)).Dispose();
        Assert.That(server.Requests.Single().Header("x-amz-meta-name"), Is.EqualTo("ünïcødé"));
    }

    [Test]
    public async Task A_non_seekable_stream_is_sent_chunked_once()
    {
        var server = Serve(LocalHttpServer.Reply(200));
        var request = new AwsRequest("PUT", server.Url + "/k");
        request.SetBody(new NonSeekableStream(Encoding.ASCII.GetBytes("streamed body")));
        (await Transport().SendAsync(request)).Dispose();
        var received = server.Requests.Single();
        Assert.That(received.Header("Transfer-Encoding"), Is.EqualTo("chunked"));
        Assert.That(Encoding.ASCII.GetString(received.Body), Is.EqualTo("streamed body"));
        Assert.That(request.CanRewind, Is.False);
        Assert.Throws<UnseekableStreamError>(request.ResetStream);
    }

    [Test]
    public async Task A_seekable_stream_can_be_rewound_and_sent_again()
    {
        var server = Serve(LocalHttpServer.Reply(500));
        var request = new AwsRequest("PUT", server.Url + "/k");
        request.SetBody(new MemoryStream(Encoding.ASCII.GetBytes("again")));
        var transport = Transport();
        (await transport.SendAsync(request)).Dispose();
        request.ResetStream();
        (await transport.SendAsync(request)).Dispose();
        Assert.That(server.Requests.Select(r => Encoding.ASCII.GetString(r.Body)), Is.EqualTo(new[] { "again", "again" }));
    }

    [Test]
    public async Task Expect_100_continue_waits_for_the_server_before_sending_the_body()
    {
        var server = Serve(LocalHttpServer.Reply(200));
        var request = new AwsRequest("PUT", server.Url + "/k");
        request.Headers.Set("Expect", "100-continue");
        request.SetBody(Encoding.ASCII.GetBytes("payload"));
        (await Transport().SendAsync(request)).Dispose();
        var received = server.Requests.Single();
        Assert.That(received.Header("Expect"), Is.EqualTo("100-continue"));
        Assert.That(Encoding.ASCII.GetString(received.Body), Is.EqualTo("payload"));
    }

    [Test]
    public async Task A_streaming_success_response_is_left_open_for_the_caller()
    {
        var server = Serve(LocalHttpServer.Reply(200, "big object"));
        var request = new AwsRequest("GET", server.Url + "/k") { StreamOutput = true };
        using var response = await Transport().SendAsync(request);
        Assert.That(response.Content, Is.Null);
        using var reader = new StreamReader(response.RawStream!);
        Assert.That(await reader.ReadToEndAsync(), Is.EqualTo("big object"));
    }

    [Test]
    public async Task A_streaming_error_response_is_read_fully()
    {
        var server = Serve(LocalHttpServer.Reply(404, "<Error/>"));
        using var response = await Transport().SendAsync(new AwsRequest("GET", server.Url + "/k") { StreamOutput = true });
        Assert.That(response.RawStream, Is.Null);
        Assert.That(Encoding.ASCII.GetString(response.Content!), Is.EqualTo("<Error/>"));
    }

    [Test]
    public async Task Redirects_are_returned_not_followed()
    {
        var server = Serve(LocalHttpServer.Reply(307, "", ("Location", "http://127.0.0.1:1/elsewhere")));
        using var response = await Transport().SendAsync(new AwsRequest("GET", server.Url + "/k"));
        Assert.That(response.StatusCode, Is.EqualTo(307));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Connections_are_pooled_and_reused()
    {
        var server = Serve(LocalHttpServer.Reply(200, "ok"));
        var transport = Transport();
        for (var i = 0; i < 3; i++)
        {
            (await transport.SendAsync(new AwsRequest("GET", server.Url + "/"))).Dispose();
        }
        Assert.That(server.Connections, Is.EqualTo(1));
    }

    [Test]
    public void A_server_that_stays_silent_raises_ReadTimeoutError()
    {
        var server = Serve(async (_, _) => await Task.Delay(TimeSpan.FromSeconds(5)));
        var transport = Transport(Direct(TimeSpan.FromMilliseconds(300)));
        var error = Assert.ThrowsAsync<ReadTimeoutError>(() => transport.SendAsync(new AwsRequest("GET", server.Url + "/slow")));
        Assert.That(error!.Message, Is.EqualTo($"Read timeout on endpoint URL: \"{server.Url}/slow\""));
    }

    [Test]
    public async Task A_streaming_body_that_stalls_raises_ReadTimeoutError_on_the_read()
    {
        var server = Serve(async (_, stream) =>
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst"));
            await Task.Delay(TimeSpan.FromSeconds(3));
        });
        using var response = await Transport(Direct(TimeSpan.FromMilliseconds(300))).SendAsync(new AwsRequest("GET", server.Url + "/k") { StreamOutput = true });
        var buffer = new byte[100];
        var first = await response.RawStream!.ReadAsync(buffer);
        Assert.That(Encoding.ASCII.GetString(buffer, 0, first), Is.EqualTo("first"));
        Assert.ThrowsAsync<ReadTimeoutError>(async () => _ = await response.RawStream.ReadAsync(buffer));
    }

    [Test]
    public void A_refused_connection_raises_EndpointConnectionError()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var url = $"http://127.0.0.1:{port}/";
        var error = Assert.ThrowsAsync<EndpointConnectionError>(() => Transport().SendAsync(new AwsRequest("GET", url)));
        Assert.That(error!.Message, Is.EqualTo($"Could not connect to the endpoint URL: \"{url}\""));
    }

    [Test]
    public void A_closed_connection_mid_response_raises_ConnectionClosedError()
    {
        var server = Serve(async (_, stream) =>
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial"));
            ((NetworkStream)stream).Socket.Close();
        });
        Assert.ThrowsAsync(Is.InstanceOf<HTTPClientError>().Or.InstanceOf<ConnectionClosedError>(), () => Transport().SendAsync(new AwsRequest("GET", server.Url + "/")));
    }

    [Test]
    public void An_unreachable_proxy_raises_ProxyConnectionError_with_the_password_masked()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var proxies = ProxyResolver.FromConfig(new Dictionary<string, string> { ["http"] = $"http://user:secret@127.0.0.1:{port}" });
        var transport = Transport(Direct() with { Proxies = proxies });
        var error = Assert.ThrowsAsync<ProxyConnectionError>(() => transport.SendAsync(new AwsRequest("GET", "http://example.com/")));
        Assert.That(error!.Message, Does.Contain($"http://***:***@127.0.0.1:{port}"));
    }

    [Test]
    public async Task A_plain_http_request_goes_through_the_configured_proxy_with_the_absolute_url()
    {
        var proxy = Serve(LocalHttpServer.Reply(200, "via proxy"));
        var proxies = ProxyResolver.FromConfig(new Dictionary<string, string> { ["http"] = proxy.Url });
        using var response = await Transport(Direct() with { Proxies = proxies }).SendAsync(new AwsRequest("GET", "http://service.example.com/path?q=1"));
        Assert.That(Encoding.ASCII.GetString(response.Content!), Is.EqualTo("via proxy"));
        Assert.That(proxy.Requests.Single().RequestLine, Is.EqualTo("GET http://service.example.com/path?q=1 HTTP/1.1"));
    }

    [Test]
    public async Task A_proxy_asking_for_credentials_gets_the_user_and_password_from_the_proxy_url()
    {
        var proxy = Serve(async (request, stream) =>
        {
            var reply = request.Header("Proxy-Authorization") == "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes("user:pa ss"))
                ? LocalHttpServer.Reply(200, "authorised")
                : LocalHttpServer.Reply(407, "", ("Proxy-Authenticate", "Basic realm=\"p\""));
            await reply(request, stream);
        });
        var proxies = ProxyResolver.FromConfig(new Dictionary<string, string> { ["http"] = $"http://user:pa%20ss@127.0.0.1:{proxy.Port}" });
        using var response = await Transport(Direct() with { Proxies = proxies }).SendAsync(new AwsRequest("GET", "http://service.example.com/"));
        Assert.That(response.StatusCode, Is.EqualTo(200));
        Assert.That(Encoding.ASCII.GetString(response.Content!), Is.EqualTo("authorised"));
    }

    private sealed class NonSeekableStream : MemoryStream
    {
        public NonSeekableStream(byte[] data)
            : base(data)
        {
        }

        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
