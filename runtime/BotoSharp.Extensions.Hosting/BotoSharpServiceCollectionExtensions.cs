using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotoSharp.Extensions.Hosting;

/// <summary><c>services.AddBotoSharp(configuration.GetSection("AWS")).AddClient&lt;S3Client&gt;()</c>.</summary>
public static class BotoSharpServiceCollectionExtensions
{
    /// <summary>
    /// Registers BotoSharp with options read from <paramref name="section"/> (see <see cref="BotoSharpOptions"/>),
    /// the container's <see cref="BotoSharpClientFactory"/> and <see cref="IHttpClientFactory"/>.
    /// </summary>
    public static BotoSharpBuilder AddBotoSharp(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddBotoSharp(options => BotoSharpOptionsReader.Read(section, options));
    }

    /// <summary>Registers BotoSharp with options set in code.</summary>
    public static BotoSharpBuilder AddBotoSharp(this IServiceCollection services, Action<BotoSharpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<BotoSharpOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }
        services.AddHttpClient();
        services.AddLogging();
        services.TryAddSingleton<BotoSharpClientFactory>();
        return new BotoSharpBuilder(services);
    }
}
