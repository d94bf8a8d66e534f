using System.Globalization;
using Microsoft.Extensions.Logging;

namespace BotoSharp.Logging;

/// <summary>
/// A Python-logging-style handler: messages of its logger (and the loggers below it, <c>botocore</c> covers
/// <c>botocore.credentials</c>) at or above its level, formatted with a <c>%(name)s</c>-style format string.
/// </summary>
public sealed class LogHandler
{
    private readonly object _gate = new();
    private readonly TextWriter _writer;

    /// <summary>Creates a handler.</summary>
    /// <param name="loggerName">The logger it is attached to; empty for the root (every logger).</param>
    /// <param name="level">The lowest level written.</param>
    /// <param name="writer">Where lines go (flushed after each).</param>
    /// <param name="format">Python format with <c>%(asctime)s</c>, <c>%(name)s</c>, <c>%(levelname)s</c>, <c>%(levelno)s</c>, <c>%(message)s</c>.</param>
    public LogHandler(string loggerName, LogLevel level, TextWriter writer, string format)
    {
        LoggerName = loggerName;
        Level = level;
        _writer = writer;
        Format = format;
    }

    /// <summary>The logger it is attached to.</summary>
    public string LoggerName { get; }

    /// <summary>The lowest level written.</summary>
    public LogLevel Level { get; }

    /// <summary>The format string.</summary>
    public string Format { get; }

    /// <summary>True when a message of <paramref name="category"/> at <paramref name="level"/> reaches this handler.</summary>
    public bool Accepts(string category, LogLevel level) =>
        level >= Level && level != LogLevel.None
        && (LoggerName.Length == 0 || category == LoggerName || category.StartsWith(LoggerName + ".", StringComparison.Ordinal));

    /// <summary>Formats and writes one record.</summary>
    public void Write(string category, LogLevel level, string message)
    {
        string line = Format
            .Replace("%(asctime)s", DateTime.Now.ToString("yyyy-MM-dd HH:mm:ss,fff", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("%(name)s", category, StringComparison.Ordinal)
            .Replace("%(levelname)s", LevelName(level), StringComparison.Ordinal)
            .Replace("%(levelno)s", LevelNumber(level).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("%(message)s", message, StringComparison.Ordinal);
        lock (_gate)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    /// <summary>Python's level name for a .NET level (Trace and Debug are both DEBUG).</summary>
    public static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace or LogLevel.Debug => "DEBUG",
        LogLevel.Information => "INFO",
        LogLevel.Warning => "WARNING",
        LogLevel.Error => "ERROR",
        _ => "CRITICAL",
    };

    /// <summary>Python's level number (DEBUG 10 … CRITICAL 50).</summary>
    public static int LevelNumber(LogLevel level) => level switch
    {
        LogLevel.Trace => 5,
        LogLevel.Debug => 10,
        LogLevel.Information => 20,
        LogLevel.Warning => 30,
        LogLevel.Error => 40,
        _ => 50,
    };
}
