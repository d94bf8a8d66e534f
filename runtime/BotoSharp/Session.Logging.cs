using BotoSharp.Logging;
using Microsoft.Extensions.Logging;

namespace BotoSharp;

/// <summary>Logging set-up, as botocore's <c>set_stream_logger</c> family (handlers are process-wide, as Python's).</summary>
public partial class Session
{
    /// <summary>
    /// The factory the clients of this session log through, with botocore's logger names as categories
    /// (<c>botocore.endpoint</c>, <c>botocore.parsers</c>…). <see cref="BotoLoggerFactory.Shared"/> by default, where
    /// <see cref="SetStreamLogger"/> adds its handlers; a host sets its own. Read when a client is created.
    /// </summary>
    public ILoggerFactory LoggerFactory { get; set; } = BotoLoggerFactory.Shared;

    /// <summary>botocore's <c>set_debug_logger</c>: every message of <paramref name="loggerName"/> to stderr.</summary>
    public void SetDebugLogger(string loggerName = "botocore") => SetStreamLogger(loggerName, LogLevel.Debug);

    /// <summary>
    /// botocore's <c>set_stream_logger</c>: adds a handler writing messages of <paramref name="loggerName"/> and
    /// its children at or above <paramref name="logLevel"/> to <paramref name="stream"/> (stderr when null), in
    /// <paramref name="formatString"/> or <see cref="LogFormat"/>. Each call adds another handler.
    /// </summary>
    public void SetStreamLogger(string loggerName, LogLevel logLevel, TextWriter? stream = null, string? formatString = null) =>
        BotoLoggerFactory.Shared.AddHandler(new LogHandler(loggerName, logLevel, stream ?? Console.Error, formatString ?? LogFormat));

    /// <summary>botocore's <c>set_file_logger</c>: as <see cref="SetStreamLogger"/>, appending to the file at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public void SetFileLogger(LogLevel logLevel, string path, string loggerName = "botocore")
    {
        var writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        BotoLoggerFactory.Shared.AddHandler(new LogHandler(loggerName, logLevel, writer, LogFormat));
    }
}
