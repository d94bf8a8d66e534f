using System.Globalization;
using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>Parses and formats the expiry strings credential sources exchange.</summary>
internal static class CredentialTime
{
    /// <summary>
    /// Parses an expiry as botocore's dateutil does for the forms AWS sources emit (ISO 8601 with or without
    /// offset, fractional seconds). A time without an offset is taken as UTC, the only reading that is not an error.
    /// </summary>
    public static DateTimeOffset Parse(string value, string provider) =>
        ParseOrNull(value) ?? throw new CredentialRetrievalError(provider, $"Unable to parse expiry time: {value}");

    /// <summary>
    /// Parses like <see cref="Parse"/>, or returns <see langword="null"/> for text that is not a time. A trailing
    /// <c>UTC</c>/<c>GMT</c> zone name (botocore's <c>%Z</c> in cache files) reads as UTC, as dateutil reads it.
    /// </summary>
    public static DateTimeOffset? ParseOrNull(string value)
    {
        var text = value.Trim();
        if (text.EndsWith("UTC", StringComparison.Ordinal) || text.EndsWith("GMT", StringComparison.Ordinal))
        {
            text = text[..^3].TrimEnd() + "Z";
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed) ? parsed : null;
    }

    /// <summary>Formats as Python's <c>datetime.isoformat()</c> of a UTC time: <c>2026-01-02T03:04:05+00:00</c>.</summary>
    public static string FormatIso(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        var fraction = utc.Ticks % TimeSpan.TicksPerSecond / 10;
        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            + (fraction == 0 ? string.Empty : "." + fraction.ToString("D6", CultureInfo.InvariantCulture)) + "+00:00";
    }

    /// <summary>Formats as <c>%Y-%m-%dT%H:%M:%SZ</c>, the form IMDS uses and botocore writes back.</summary>
    public static string FormatUtc(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Runs an asynchronous fetch for a synchronous caller (botocore's blocking API: <c>Load()</c>, the
    /// <c>AccessKey</c> getters). Never used on an asynchronous path.
    /// </summary>
    public static T RunSync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        Task.Run(() => work(cancellationToken), cancellationToken).GetAwaiter().GetResult();
}
