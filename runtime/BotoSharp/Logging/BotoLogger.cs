using Microsoft.Extensions.Logging;

namespace BotoSharp.Logging;

/// <summary>A logger of <see cref="BotoLoggerFactory"/>: writes to the matching handlers and forwards to added providers.</summary>
internal sealed class BotoLogger(BotoLoggerFactory factory, string category) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    // Asked on every call: a plain loop (no closure, no boxed enumerator) over the copy-on-write list.
    public bool IsEnabled(LogLevel logLevel)
    {
        if (factory.Providers.Count > 0)
        {
            return true;
        }
        var handlers = factory.Handlers;
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i].Accepts(category, logLevel))
            {
                return true;
            }
        }
        return false;
    }

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        string? message = null;
        foreach (var handler in factory.Handlers)
        {
            if (handler.Accepts(category, logLevel))
            {
                message ??= formatter(state, exception) + (exception is null ? string.Empty : Environment.NewLine + exception);
                handler.Write(category, logLevel, message);
            }
        }
        foreach (var provider in factory.Providers)
        {
            provider.CreateLogger(category).Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
