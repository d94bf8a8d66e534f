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
    public static DateTimeOffset Parse(string value, string provider)
    {
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed;
        }
        throw new CredentialRetrievalError(provider, $"Unable to parse expiry time: {value}");
    }

    /// <summary>Parses like <see cref="Parse"/>, or returns <see langword="null"/> for text that is not a time.</summary>
    public static DateTimeOffset? ParseOrNull(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed) ? parsed : null;

    /// <summary>Formats as <c>%Y-%m-%dT%H:%M:%SZ</c>, the form IMDS uses and botocore writes back.</summary>
    public static string FormatUtc(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Runs an asynchronous fetch from synchronous code without capturing a synchronization context.</summary>
    public static T RunSync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        Task.Run(() => work(cancellationToken), cancellationToken).GetAwaiter().GetResult();
}
