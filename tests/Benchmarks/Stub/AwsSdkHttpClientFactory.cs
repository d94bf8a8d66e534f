using Amazon.Runtime;

namespace Benchmarks.Stub;

/// <summary>
/// The AWS SDK for .NET's documented HTTP seam (<c>ClientConfig.HttpClientFactory</c>): every client it builds sends
/// through the stub handler. SDK caching of the client is left on, as in a real application.
/// </summary>
public sealed class AwsSdkHttpClientFactory : HttpClientFactory
{
    private readonly HttpMessageHandler _handler;

    /// <summary>Creates a factory over <paramref name="handler"/>.</summary>
    public AwsSdkHttpClientFactory(HttpMessageHandler handler) => _handler = handler;

    /// <inheritdoc />
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(_handler, disposeHandler: false);

    /// <inheritdoc />
    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;

    /// <inheritdoc />
    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => true;
}
