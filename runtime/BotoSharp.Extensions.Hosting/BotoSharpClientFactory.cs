using System.Runtime.CompilerServices;
using BotoSharp.Configuration;
using BotoSharp.Loading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotoSharp.Extensions.Hosting;

/// <summary>
/// The container's one <see cref="BotoSharp.Session"/> and the clients made from it: configured from
/// <see cref="BotoSharpOptions"/>, logging through the host's <see cref="ILoggerFactory"/>, sending through
/// <see cref="IHttpClientFactory"/> (named client <c>BotoSharp.&lt;service&gt;</c>, see <see cref="HttpClientName"/>).
/// </summary>
public sealed class BotoSharpClientFactory
{
    /// <summary>The prefix of the named <see cref="HttpClient"/> each service sends through.</summary>
    public const string HttpClientNamePrefix = "BotoSharp.";

    private readonly BotoSharpOptions _options;
    private readonly Lazy<Session> _session;

    /// <summary>Created by the container.</summary>
    public BotoSharpClientFactory(IOptions<BotoSharpOptions> options, IHttpClientFactory httpClients, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _session = new Lazy<Session>(() => CreateSession(_options, httpClients, loggers));
    }

    /// <summary>The session every client of the container comes from.</summary>
    public Session Session => _session.Value;

    /// <summary>The named <see cref="HttpClient"/> a service's clients send through, e.g. <c>BotoSharp.s3</c>.</summary>
    public static string HttpClientName(string serviceName) => HttpClientNamePrefix + serviceName;

    /// <summary>The botocore service name of a generated client type (<c>S3Client</c> → <c>s3</c>).</summary>
    /// <exception cref="InvalidOperationException">The type is not a generated client of a compiled-in service.</exception>
    public static string ServiceNameOf(Type clientType)
    {
        ArgumentNullException.ThrowIfNull(clientType);
        // The generated registration runs from the client assembly's module initializer.
        RuntimeHelpers.RunModuleConstructor(clientType.Module.ModuleHandle);
        return CompiledModelRegistry.FindByClientType(clientType)?.ServiceName
            ?? throw new InvalidOperationException($"{clientType.Name} is not a generated BotoSharp client (add <BotoSharpService Include=\"…\" />).");
    }

    /// <summary>A new client of <typeparamref name="TClient"/>; the caller (normally the container) disposes it.</summary>
    public TClient Create<TClient>()
        where TClient : BaseClient =>
        Session.CreateClient<TClient>(regionName: _options.Region, endpointUrl: _options.ServiceURL, config: ClientConfigFrom(_options));

    private static Session CreateSession(BotoSharpOptions options, IHttpClientFactory httpClients, ILoggerFactory loggers)
    {
        var session = new Session(profile: options.Profile)
        {
            LoggerFactory = loggers,
            HttpClientFactory = service => httpClients.CreateClient(HttpClientName(service)),
        };
        SetIfGiven(session, "region", options.Region);
        SetIfGiven(session, "credentials_file", options.ProfilesLocation);
        SetIfGiven(session, "config_file", options.ConfigLocation);
        SetIfGiven(session, "defaults_mode", options.DefaultsMode);
        return session;
    }

    private static void SetIfGiven(Session session, string name, string? value)
    {
        if (value is not null)
        {
            session.SetConfigVariable(name, value);
        }
    }

    private static ClientConfig? ClientConfigFrom(BotoSharpOptions options)
    {
        var values = new List<KeyValuePair<string, object?>>();
        var retries = new Dictionary<string, object?>();
        if (options.RetryMode is not null)
        {
            retries["mode"] = options.RetryMode;
        }
        if (options.MaxAttempts is { } attempts)
        {
            retries["total_max_attempts"] = (long)attempts;
        }
        if (retries.Count > 0)
        {
            values.Add(new("retries", retries));
        }
        if (options.ConnectTimeout is { } connect)
        {
            values.Add(new("connect_timeout", connect));
        }
        if (options.ReadTimeout is { } read)
        {
            values.Add(new("read_timeout", read));
        }
        return values.Count == 0 ? null : new ClientConfig(values);
    }
}
