using Microsoft.Extensions.DependencyInjection;

namespace BotoSharp.Extensions.Hosting;

/// <summary>Adds typed clients to the container after <see cref="BotoSharpServiceCollectionExtensions.AddBotoSharp(IServiceCollection, Action{BotoSharpOptions}?)"/>.</summary>
public sealed class BotoSharpBuilder
{
    internal BotoSharpBuilder(IServiceCollection services) => Services = services;

    /// <summary>The container being built.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Registers <typeparamref name="TClient"/> as a singleton (disposed with the container) and its service's named
    /// <see cref="HttpClient"/> (<c>BotoSharp.&lt;service&gt;</c>), which <paramref name="configureHttp"/> can extend with
    /// handlers, resilience or a proxy; <c>services.AddHttpClient("BotoSharp.s3")</c> elsewhere reaches the same client.
    /// </summary>
    public BotoSharpBuilder AddClient<TClient>(Action<IHttpClientBuilder>? configureHttp = null)
        where TClient : BaseClient
    {
        var http = Services.AddHttpClient(BotoSharpClientFactory.HttpClientName(BotoSharpClientFactory.ServiceNameOf(typeof(TClient))));
        configureHttp?.Invoke(http);
        Services.AddSingleton(provider => provider.GetRequiredService<BotoSharpClientFactory>().Create<TClient>());
        return this;
    }
}
