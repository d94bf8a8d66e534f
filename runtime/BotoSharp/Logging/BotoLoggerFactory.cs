using Microsoft.Extensions.Logging;

namespace BotoSharp.Logging;

/// <summary>
/// The process-wide logger factory BotoSharp logs through, as Python's <c>logging</c> module is process-wide for
/// botocore: <c>Session.SetStreamLogger</c>/<c>SetFileLogger</c> add handlers here, each call one more. Other
/// <see cref="ILoggerProvider"/>s (a host's console, OpenTelemetry…) can be added too.
/// </summary>
public sealed class BotoLoggerFactory : ILoggerFactory
{
    private readonly object _gate = new();
    private List<LogHandler> _handlers = new();
    private List<ILoggerProvider> _providers = new();

    /// <summary>The shared factory.</summary>
    public static BotoLoggerFactory Shared { get; } = new();

    /// <summary>The handlers added so far.</summary>
    public IReadOnlyList<LogHandler> Handlers => _handlers;

    /// <summary>Adds a handler (copy-on-write, so logging never takes the lock).</summary>
    public void AddHandler(LogHandler handler)
    {
        lock (_gate)
        {
            _handlers = new List<LogHandler>(_handlers) { handler };
        }
    }

    /// <summary>Removes a handler.</summary>
    public void RemoveHandler(LogHandler handler)
    {
        lock (_gate)
        {
            _handlers = _handlers.Where(h => !ReferenceEquals(h, handler)).ToList();
        }
    }

    /// <inheritdoc/>
    public void AddProvider(ILoggerProvider provider)
    {
        lock (_gate)
        {
            _providers = new List<ILoggerProvider>(_providers) { provider };
        }
    }

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, static (name, factory) => new BotoLogger(factory, name), this);

    // A logger holds only its category (handlers and providers are read from the factory at each write), so every
    // client's transport shares one per category instead of making two per client.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, BotoLogger> _loggers = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public void Dispose()
    {
        // The shared factory lives for the process; providers are owned by whoever added them.
    }

    internal IReadOnlyList<ILoggerProvider> Providers => _providers;
}
