using BotoSharp.Configuration;
using BotoSharp.Endpoints;
using BotoSharp.Errors;
using BotoSharp.Events;
using BotoSharp.Http;
using BotoSharp.Loading;
using BotoSharp.Models;
using BotoSharp.Signing;

namespace BotoSharp.Clients;

/// <summary>
/// botocore's <c>ClientCreator</c>: loads the model and rule set, resolves the legacy endpoint and the final
/// configuration, and assembles the call path of a new client.
/// </summary>
internal sealed class ClientFactory
{
    private readonly Session _session;

    public ClientFactory(Session session) => _session = session;

    public BaseClient Create(ClientRequest request)
    {
        var sessionEvents = (IEventHooks)_session.GetComponent("event_emitter")!;
        var serviceName = ServiceNameChoice.Choose(sessionEvents, request.ServiceName);
        if (request.TypedClient is { } typed && serviceName != request.ServiceName)
        {
            throw new InvalidOperationException(
                $"{typed.Name} was asked for, but a choose-service-name handler chose '{serviceName}' instead of '{request.ServiceName}'.");
        }
        var loader = (Loader)_session.GetComponent("data_loader")!;
        // Everything up to the transport reads configuration and runs none of a caller's code: one profile resolution.
        Configured configured;
        using (_session.OpenScopedConfigWindow())
        {
            configured = Configure(request, loader, serviceName);
        }
        var (model, compiled, config, args, endpoints) = configured;
        var events = sessionEvents.Copy();
        var meta = new ClientMeta
        {
            ServiceModel = model,
            RegionName = args.Legacy.RegionName,
            EndpointUrl = args.Legacy.EndpointUrl,
            Config = args.FinalConfig,
            Events = events,
            Partition = args.Legacy.Partition,
            TimeProvider = _session.TimeProvider,
            OptionalModels = new OptionalModelSource(loader, serviceName, model.ApiVersion),
        };
        var credentials = request.Credentials is { } given ? new AttemptCredentials(given) : null;
        var signer = new RequestSigner(model.ServiceId, args.Legacy.SigningRegion, args.Legacy.SigningName, args.Legacy.SignatureVersion,
            credentials is null ? null : credentials.Freeze,
            () => _session.GetAuthToken(model.SigningName)?.GetFrozenToken().Token, _session.TimeProvider)
        {
            CredentialsAsync = credentials is null ? _ => ValueTask.FromResult<SigningCredentials?>(null) : credentials.FreezeAsync,
            S3PayloadSigningEnabled = args.S3Config.TryGetValue("payload_signing_enabled", out var signing) && signing is not null ? ConfigValues.EnsureBoolean(signing) : null,
        };
        var transportOptions = TransportOptions(args.FinalConfig, request.Verify);
        var transport = new Telemetry.InstrumentedTransport(_session.CreateTransport(serviceName, transportOptions), model.ServiceId, _session.LoggerFactory);
        // botocore sets the session's name/version/extra on the shared creator, then copies it with the client config.
        var userAgent = ((UserAgents.UserAgentString)_session.GetComponent("user_agent_creator")!)
            .SetSessionConfig(_session.UserAgentName, _session.UserAgentVersion, _session.UserAgentExtra)
            .WithClientConfig(args.FinalConfig);
        var rateLimiter = Retries.RetryRegistration.Register(events, model, args.FinalConfig.Retries, loader,
            _session.RetryRandom, _session.TimeProvider);
        var pipeline = new ClientPipeline(meta, args, endpoints, signer, transport, userAgent, compiled, rateLimiter, _session.TimeProvider);
        // botocore's _register_endpoint_discovery runs once the client exists: its discovery call goes through the client.
        Customizations.EndpointDiscoveryHandler.Register(events, model, meta.EventServiceId, args.ClientEndpointUrl,
            () => ClientConfigCalculator.ResolveEndpointDiscoveryEnabled(config, request.Store), _session.TimeProvider,
            (parameters, ct) => pipeline.ExecuteAsync(model.EndpointDiscoveryOperation!, parameters, ct));
        return compiled is not null && compiled.ApiVersion == model.ApiVersion ? compiled.CreateClient(pipeline) : new DynamicClient(pipeline);
    }

    // What a client's configuration gives: the model, rule set, final config, client args and endpoint resolver.
    private readonly record struct Configured(ServiceModel Model, CompiledServiceModel? Compiled, ClientConfig? Config, ClientArgs Args, RulesetEndpointResolver? Endpoints);

    private Configured Configure(ClientRequest request, Loader loader, string serviceName)
    {
        var model = LoadModel(loader, serviceName, request.ApiVersion);
        var compiled = CompiledModelRegistry.Find(serviceName, model.ApiVersion);
        var ruleSet = RuleSetProviders.Find(loader, serviceName, model.ApiVersion, compiled);

        var (region, config) = NormalizeFipsRegion(request.RegionName, request.Config);
        var scoped = _session.GetScopedConfig();
        var endpointUrl = ConfiguredEndpointUrl(request.EndpointUrl, config, request.Store);
        var args = ClientArgsBuilder.Build(model, region, endpointUrl, request.UseSsl, config, request.Store, scoped);
        EndpointUrlCheck.Ensure(args.Legacy.EndpointUrl);
        RulesetEndpointResolver? endpoints = null;
        if (ruleSet is not null)
        {
            endpoints = new RulesetEndpointResolver(ruleSet, EndpointBuiltInValues.Compute(model, args, request.Store, request.Credentials),
                ClientContext(model, args, config, request.Store), args.UseSsl, config?.SignatureVersion is { } sv ? (sv as string ?? "UNSIGNED") : null,
                (config?.AuthSchemePreference ?? request.Store.GetConfigVariable("auth_scheme_preference")) as string);
        }
        return new Configured(model, compiled, config, args, endpoints);
    }

    // A built-in model this session's loader has not made its own object of is the process's shared one; any
    // other (a data path's, extras merged, or an object the loader already handed out) is the loader's, as in botocore.
    private static ServiceModel LoadModel(Loader loader, string serviceName, string? apiVersion)
    {
        if (loader.UntouchedServiceModel(serviceName, "service-2", apiVersion) is { } shared)
        {
            return SharedServiceModels.For(shared.Owner, shared.Document, serviceName);
        }
        return new ServiceModel(loader.LoadServiceModel(serviceName, "service-2", apiVersion), serviceName);
    }

    // botocore strips fips-/-fips from a pseudo-region and turns FIPS on instead.
    private static (string? Region, ClientConfig? Config) NormalizeFipsRegion(string? region, ClientConfig? config)
    {
        if (region is null || !(region.Contains("fips-", StringComparison.Ordinal) || region.Contains("-fips", StringComparison.Ordinal)))
        {
            return (region, config);
        }
        var normalized = region.Replace("fips-", string.Empty, StringComparison.Ordinal).Replace("-fips", string.Empty, StringComparison.Ordinal);
        var fips = new ClientConfig(new[] { new KeyValuePair<string, object?>("use_fips_endpoint", true) });
        return (normalized, config is null ? fips : config.Merge(fips));
    }

    private static string? ConfiguredEndpointUrl(string? explicitUrl, ClientConfig? config, ConfigValueStore store)
    {
        var url = explicitUrl;
        if (url is null)
        {
            var ignore = config?.IgnoreConfiguredEndpointUrls ?? ConfigValues.EnsureBoolean(store.GetConfigVariable("ignore_configured_endpoint_urls"));
            url = ignore ? null : store.GetConfigVariable("endpoint_url") as string;
        }
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host)))
        {
            throw new ArgumentException($"Invalid endpoint: {url}", nameof(explicitUrl));
        }
        return url;
    }

    // botocore's order: explicit client_context_params, then (S3 and S3 Control) the s3 section over them, then the
    // computed disable_s3_express_session_auth, which is always a boolean there (ensure_boolean of an unset value).
    private static IReadOnlyDictionary<string, object?> ClientContext(ServiceModel model, ClientArgs args, ClientConfig? config, ConfigValueStore store)
    {
        if (config?.ClientContextParams is null && model.EndpointPrefix is not ("s3" or "s3-control"))
        {
            // Nothing to put in it: the resolver only reads it, so every such client shares one empty map.
            return System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty;
        }
        var context = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (config?.ClientContextParams is { } explicitParams)
        {
            foreach (var (key, value) in explicitParams)
            {
                context[key] = value;
            }
        }
        if (model.EndpointPrefix is "s3" or "s3-control")
        {
            foreach (var (key, value) in args.S3Config)
            {
                context[key] = value;
            }
            context["disable_s3_express_session_auth"] = EndpointBuiltInValues.DisableExpressSessionAuth(args.S3Config, store);
        }
        return context;
    }

    private HttpTransportOptions TransportOptions(ClientConfig config, object? verify)
    {
        var proxies = config.Proxies is { Count: > 0 } configured ? ProxyResolver.FromConfig(configured) : ProxyResolver.FromEnvironment(_session.EnvironmentVariables);
        string? caBundle = verify as string;
        if (verify is null && _session.EnvironmentVariables.TryGetValue("REQUESTS_CA_BUNDLE", out var bundle))
        {
            caBundle = bundle;
        }
        var (cert, key) = config.ClientCert switch
        {
            string path => (path, (string?)null),
            ValueTuple<string, string> pair => (pair.Item1, pair.Item2),
            _ => ((string?)null, (string?)null),
        };
        return new HttpTransportOptions
        {
            MaxPoolConnections = (int)Math.Clamp(config.MaxPoolConnections ?? ClientConfig.DefaultMaxPoolConnections, int.MinValue, int.MaxValue),
            ConnectTimeout = TimeSpan.FromSeconds(config.ConnectTimeout ?? ClientConfig.DefaultTimeout),
            ReadTimeout = TimeSpan.FromSeconds(config.ReadTimeout ?? ClientConfig.DefaultTimeout),
            Proxies = proxies,
            VerifySsl = verify is not false,
            CaBundle = caBundle,
            ClientCert = cert,
            ClientKey = key,
            TcpKeepAlive = config.TcpKeepalive ?? false,
        };
    }
}
