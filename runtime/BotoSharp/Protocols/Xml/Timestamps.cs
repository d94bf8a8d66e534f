using System.Globalization;
using System.Text.RegularExpressions;
using BotoSharp.Errors;

namespace BotoSharp.Protocols.Xml;

/// <summary>
/// Timestamp conversions used by the XML-family protocols, following botocore's <c>parse_to_aware_datetime</c> on
/// input (date-times, epoch numbers and ISO/RFC strings; no zone means UTC) and <c>parse_timestamp</c> on output
/// (a number is epoch seconds, anything else goes to a lenient date parser).
/// </summary>
internal static partial class Timestamps
{
    private static readonly DateTimeOffset s_epoch = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Converts an input value to a UTC instant.</summary>
    public static DateTimeOffset ToAwareUtc(object? value) => value switch
    {
        DateTimeOffset dto => dto.ToUniversalTime(),
        DateTime dt when dt.Kind == DateTimeKind.Local => new DateTimeOffset(dt).ToUniversalTime(),
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
        string s => Parse(s),
        double or float or decimal or int or long or short or uint or ulong => FromEpoch(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        _ => throw new ParamValidationError($"Invalid timestamp value: {value}, type: {value?.GetType().Name ?? "None"}"),
    };

    /// <summary>Parses a timestamp string: epoch seconds, ISO 8601 or RFC 822; a string without a zone is UTC.</summary>
    public static DateTimeOffset Parse(string text)
    {
        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return FromEpoch(seconds);
        }
        // .NET accepts at most seven fractional digits; botocore's parser keeps microseconds, so drop the excess.
        var normalized = LongFraction().Replace(trimmed, m => m.Groups[1].Value);
        if (DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed;
        }
        throw new ValueError($"Invalid timestamp \"{text}\": Unknown string format: {text}");
    }

    /// <summary>ISO 8601 as botocore writes it: whole seconds, or six fractional digits when there is a fraction.</summary>
    public static string Iso8601(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        var micros = (utc.Ticks % TimeSpan.TicksPerSecond) / 10;
        return micros > 0
            ? utc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>Whole epoch seconds, the fraction dropped.</summary>
    public static long UnixSeconds(DateTimeOffset instant) => (long)Math.Floor((instant - s_epoch).TotalSeconds);

    /// <summary>RFC 822 in GMT: <c>Wed, 01 Jan 2020 00:00:00 GMT</c>.</summary>
    public static string Rfc822(DateTimeOffset instant) => instant.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

    private static DateTimeOffset FromEpoch(double seconds) => s_epoch.AddTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond / 10.0) * 10);

    [GeneratedRegex(@"(\.\d{7})\d+")]
    private static partial Regex LongFraction();

    /// <summary>The error for a timestamp nobody can read (botocore raises <c>ValueError</c>).</summary>
    private sealed class ValueError : ResponseParserError
    {
        public ValueError(string message)
            : base(message)
        {
        }
    }
}
