using BotoSharp.Components;
using BotoSharp.Configuration;
using BotoSharp.Events;

namespace BotoSharp;

/// <summary>
/// botocore's <c>Session</c>: configuration (instance → environment → config file → default), profiles,
/// components, events, credentials, the loader and client creation. Behaviour lives in the folders; this file
/// holds construction and the component registry, the <c>Session.*.cs</c> partials one concern each.
/// </summary>
public partial class Session : IConfigSource
{
    /// <summary>botocore's version, which BotoSharp reproduces and reports as its user-agent version.</summary>
    public const string BotocoreVersion = "1.43.11";

    /// <summary>BotoSharp's own version, as its user agent reports it.</summary>
    public static readonly string BotoSharpVersion = typeof(Session).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>botocore's <c>LOG_FORMAT</c>, used by the stream and file loggers.</summary>
    public const string LogFormat = "%(asctime)s - %(name)s - %(levelname)s - %(message)s";

    // Sized for the usual public set: event_emitter, config_store, user_agent_creator, data_loader, credential_provider,
    // token_provider (eager and lazy share one map).
    private readonly ComponentRegistry _components = new(expectedCount: 6);
    // default_config_resolver and smart_defaults_factory.
    private readonly ComponentRegistry _internalComponents = new(expectedCount: 2);
    // Made on the first instance variable set: most sessions set none, and every read of an absent map answers null.
    private Dictionary<string, object?>? _instanceVariables;

    /// <summary>
    /// Creates a session, in botocore's order: events, user agent, the explicit profile, components, the session
    /// variables, then the global initializers.
    /// </summary>
    /// <param name="sessionVars">Variable-table entries that replace (or add to) the defaults; each rebuilds its chain.</param>
    /// <param name="eventHooks">The emitter to wrap, or null for a new one.</param>
    /// <param name="includeBuiltinHandlers">Whether botocore's builtin handlers are registered.</param>
    /// <param name="profile">The profile; the only way besides <see cref="SetConfigVariable"/> to set it explicitly.</param>
    /// <param name="environment">The environment variables to read, or null for the (live) process environment.</param>
    public Session(
        IReadOnlyDictionary<string, SessionVariable>? sessionVars = null,
        HierarchicalEmitter? eventHooks = null,
        bool includeBuiltinHandlers = true,
        string? profile = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        EnvironmentVariables = environment ?? ProcessEnvironment.Instance;
        InitializeEvents(eventHooks, includeBuiltinHandlers);
        if (profile is not null)
        {
            _instanceVariables = new(StringComparer.Ordinal) { ["profile"] = profile };
        }
        RegisterCredentialComponents();
        RegisterLoaderComponents();
        // The process-wide table serves the store's lazy chains and the variable map (which copies it on first change).
        var variables = SessionVariables.Shared(EnvironmentVariables);
        RegisterConfigComponents(variables);
        SessionVarMap = new SessionVarMap(variables, this);
        if (sessionVars is not null)
        {
            SessionVarMap.Update(sessionVars);
        }
        InvokeInitializers();
    }

    /// <summary>botocore's <c>get_session(env_vars)</c>: a new session every call (there is no singleton).</summary>
    public static Session GetSession(IReadOnlyDictionary<string, SessionVariable>? envVars = null) => new(envVars);

    /// <summary>
    /// botocore's <c>session_var_map</c>: the variable table; setting an entry rebuilds that variable's chain.
    /// </summary>
    public SessionVarMap SessionVarMap { get; }

    /// <summary>The environment variables this session reads (the process environment unless one was given).</summary>
    public IReadOnlyDictionary<string, string> EnvironmentVariables { get; }

    /// <summary>The home directory <c>~</c> expands to: <c>HOME</c> from <see cref="EnvironmentVariables"/>, else the OS's.</summary>
    internal string HomeDirectory => PathExpansion.HomeDirectory(EnvironmentVariables);

    /// <summary>Expands <c>$VARS</c> and a leading <c>~</c> of a path from this session's environment.</summary>
    internal string ExpandPath(string path) => PathExpansion.ExpandUser(PathExpansion.ExpandVars(path, EnvironmentVariables), EnvironmentVariables);

    /// <summary>A public component (<c>config_store</c>, <c>event_emitter</c>, <c>credential_provider</c>…).</summary>
    /// <exception cref="ArgumentException">No such component (<c>Unknown component: name</c>).</exception>
    public object? GetComponent(string name)
    {
        if (name is ("endpoint_resolver" or "exceptions_factory") && !_components.Contains(name) && _internalComponents.Contains(name))
        {
            // botocore still serves these two internal components here, with a deprecation warning.
            return _internalComponents.GetComponent(name);
        }
        return _components.GetComponent(name);
    }

    /// <summary>A public component, typed.</summary>
    /// <exception cref="ArgumentException">No such component.</exception>
    /// <exception cref="InvalidCastException">The component is not a <typeparamref name="T"/>.</exception>
    public T GetComponent<T>(string name) => (T)GetComponent(name)!;

    /// <summary>Registers a component instance (any pending factory of that name is dropped).</summary>
    public void RegisterComponent(string name, object? component) => _components.RegisterComponent(name, component);

    /// <summary>Registers a component factory run on first <see cref="GetComponent"/> (any instance is dropped).</summary>
    public void LazyRegisterComponent(string name, Func<object?> factory) => _components.LazyRegisterComponent(name, factory);

    /// <summary>An internal component (<c>endpoint_resolver</c>, <c>exceptions_factory</c>, <c>smart_defaults_factory</c>…).</summary>
    internal object? GetInternalComponent(string name) => _internalComponents.GetComponent(name);

    /// <summary>Registers an internal component instance.</summary>
    internal void RegisterInternalComponent(string name, object? component) => _internalComponents.RegisterComponent(name, component);

    /// <summary>Registers an internal component factory.</summary>
    internal void LazyRegisterInternalComponent(string name, Func<object?> factory) => _internalComponents.LazyRegisterComponent(name, factory);

    /// <summary>Implemented in Session.Events.cs (h/events): wraps the emitter and registers builtin handlers.</summary>
    partial void InitializeEvents(HierarchicalEmitter? eventHooks, bool includeBuiltinHandlers);

    /// <summary>Implemented in Session.Services.cs (h/events): data_loader and endpoint_resolver components.</summary>
    partial void RegisterLoaderComponents();

    /// <summary>Implemented in Session.Credentials.cs (h/creds): credential_provider and token_provider components.</summary>
    partial void RegisterCredentialComponents();
}
