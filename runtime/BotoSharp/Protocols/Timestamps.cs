using System.Globalization;
using System.Text.RegularExpressions;

namespace BotoSharp.Protocols;

/// <summary>
/// botocore's timestamp handling: what serializers accept (<c>parse_to_aware_datetime</c>: date-times, epoch numbers
/// or numeric strings, ISO 8601 and RFC 822 strings; naive means UTC), the three wire formats, and the lenient parser
/// responses go through (<c>parse_timestamp</c>: numeric strings are epoch seconds, anything else a date string).
/// </summary>
public static partial class Timestamps
{
    private static readonly DateTimeOffset s_epoch = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] s_rfc822Formats =
    {
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "dd MMM yyyy HH:mm:ss 'GMT'",
        "ddd, dd MMM yyyy HH:mm:ss 'UTC'", "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss 'Z'",
        "ddd, dd MMM yyyy HH:mm 'GMT'", "dddd, dd-MMM-yy HH:mm:ss 'GMT'", "ddd MMM d HH:mm:ss yyyy",
    };

    /// <summary>
    /// Converts any value botocore accepts as a timestamp to a UTC instant; null when it is not one (the caller
    /// reports it as an invalid type, as botocore's validator does).
    /// </summary>
    public static DateTimeOffset? TryToUtc(object? value)
    {
        switch (value)
        {
            case DateTimeOffset dto:
                return dto.ToUniversalTime();
            case DateTime dt:
                return dt.Kind == DateTimeKind.Local
                    ? new DateTimeOffset(dt.ToUniversalTime(), TimeSpan.Zero)
                    : new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc), TimeSpan.Zero);
            case string s:
                return TryParse(s);
            case bool b:
                return FromEpochSeconds(b ? 1 : 0);
            case null:
                return null;
        }
        if (ValueConversions.IsNumber(value))
        {
            return FromEpochSeconds(ValueConversions.ToDouble(value));
        }
        return null;
    }

    /// <summary>Converts a timestamp value, raising <see cref="Errors.SerializationError"/> when it is not one.</summary>
    public static DateTimeOffset ToUtc(object? value) =>
        TryToUtc(value) ?? throw new Errors.SerializationError($"Invalid timestamp \"{value}\"");

    /// <summary>
    /// Parses a response or input timestamp string leniently: a number is epoch seconds; otherwise ISO 8601 (any
    /// fraction, <c>T</c> or space, any offset or none meaning UTC) or RFC 822. Null when nothing matches.
    /// </summary>
    public static DateTimeOffset? TryParse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var epoch)
            && !double.IsNaN(epoch) && !double.IsInfinity(epoch))
        {
            return FromEpochSeconds(epoch);
        }
        if (TryParseIso8601(trimmed) is { } iso)
        {
            return iso;
        }
        if (DateTimeOffset.TryParseExact(trimmed, s_rfc822Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var rfc))
        {
            return rfc.ToUniversalTime();
        }
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var any))
        {
            return any.ToUniversalTime();
        }
        return null;
    }

    /// <summary>Parses a timestamp string, raising <see cref="Errors.ResponseParserError"/> when it is not one.</summary>
    public static DateTimeOffset Parse(string text) =>
        TryParse(text) ?? throw new Errors.ResponseParserError($"Invalid timestamp \"{text}\"");

    /// <summary>Epoch seconds (with fraction) to a UTC instant, rounded to microseconds as Python's datetime is.</summary>
    public static DateTimeOffset FromEpochSeconds(double seconds)
    {
        var micros = Math.Round(seconds * 1_000_000d, MidpointRounding.ToEven);
        return s_epoch.AddTicks((long)micros * 10);
    }

    /// <summary>Formats for the wire in a named format (<c>iso8601</c>, <c>unixtimestamp</c>, <c>rfc822</c>; any case).</summary>
    public static object Format(DateTimeOffset utc, string timestampFormat, TimestampPrecision precision) =>
        timestampFormat.ToLowerInvariant() switch
        {
            "iso8601" => FormatIso8601(utc, precision),
            "unixtimestamp" => FormatUnix(utc, precision),
            "rfc822" => FormatRfc822(utc),
            _ => throw new Errors.SerializationError($"Unknown timestamp format: {timestampFormat}"),
        };

    /// <summary>ISO 8601 in UTC: <c>…:SSZ</c>, with six fractional digits when the microseconds are non-zero (or always three in millisecond precision).</summary>
    public static string FormatIso8601(DateTimeOffset utc, TimestampPrecision precision = TimestampPrecision.Default)
    {
        utc = utc.ToUniversalTime();
        var micros = (utc.Ticks / 10) % 1_000_000;
        var head = utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        if (precision == TimestampPrecision.Millisecond)
        {
            return head + "." + (micros / 1000).ToString("D3", CultureInfo.InvariantCulture) + "Z";
        }
        return micros > 0 ? head + "." + micros.ToString("D6", CultureInfo.InvariantCulture) + "Z" : head + "Z";
    }

    /// <summary>Epoch seconds: a whole <see cref="long"/> (fraction dropped), or a <see cref="double"/> with milliseconds in millisecond precision.</summary>
    public static object FormatUnix(DateTimeOffset utc, TimestampPrecision precision = TimestampPrecision.Default)
    {
        var seconds = WholeEpochSeconds(utc);
        if (precision == TimestampPrecision.Millisecond)
        {
            var millis = (utc.ToUniversalTime().Ticks / 10_000) % 1000;
            return seconds + millis / 1000.0;
        }
        return seconds;
    }

    /// <summary>RFC 822 / HTTP date in GMT, whole seconds: <c>Wed, 01 Jan 2020 00:00:00 GMT</c>.</summary>
    public static string FormatRfc822(DateTimeOffset utc) =>
        utc.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);

    /// <summary>Whole epoch seconds, floored as Python's <c>timegm(timetuple())</c> is.</summary>
    public static long WholeEpochSeconds(DateTimeOffset utc) =>
        (long)Math.Floor((utc.ToUniversalTime() - s_epoch).Ticks / (double)TimeSpan.TicksPerSecond);

    private static DateTimeOffset? TryParseIso8601(string text)
    {
        if (TryParseCanonicalUtc(text, out var canonical))
        {
            return canonical;
        }
        var m = IsoPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }
        int Part(int group) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        try
        {
            var fraction = m.Groups[7].Success ? m.Groups[7].Value : string.Empty;
            // Python's datetime keeps microseconds; further digits are dropped, as dateutil does.
            var micros = fraction.Length == 0 ? 0 : int.Parse(fraction.PadRight(6, '0')[..6], CultureInfo.InvariantCulture);
            var offset = TimeSpan.Zero;
            var zone = m.Groups[8].Value;
            if (zone.Length > 0 && zone[0] is '+' or '-')
            {
                var digits = zone[1..].Replace(":", string.Empty, StringComparison.Ordinal);
                var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
                var minutes = digits.Length >= 4 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
                offset = new TimeSpan(hours, minutes, 0) * (zone[0] == '-' ? -1 : 1);
            }
            var local = new DateTime(Part(1), Part(2), Part(3), Part(4), Part(5), Part(6), DateTimeKind.Unspecified).AddTicks(micros * 10L);
            return new DateTimeOffset(local, offset).ToUniversalTime();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    // The form services send (yyyy-MM-ddTHH:mm:ss[.fraction]Z) read without the regex's Match and group strings;
    // anything else, including an out-of-range field, is left to the general path, which gives the same answer.
    private static bool TryParseCanonicalUtc(string text, out DateTimeOffset value) => TryParseCanonicalUtc(text.AsSpan(), out value);

    /// <summary>
    /// The form services send (<c>yyyy-MM-ddTHH:mm:ss[.fraction]Z</c>) read from characters; true only when
    /// <see cref="Parse"/> of the same text would give <paramref name="value"/> (no number or padding matches it).
    /// </summary>
    internal static bool TryParseCanonicalUtc(ReadOnlySpan<char> span, out DateTimeOffset value)
    {
        value = default;
        if (span.Length < 20 || span[^1] != 'Z' || span[4] != '-' || span[7] != '-' || span[10] != 'T' || span[13] != ':' || span[16] != ':')
        {
            return false;
        }
        if (!TryDigits(span[..4], out var year) || !TryDigits(span[5..7], out var month) || !TryDigits(span[8..10], out var day)
            || !TryDigits(span[11..13], out var hour) || !TryDigits(span[14..16], out var minute) || !TryDigits(span[17..19], out var second))
        {
            return false;
        }
        var micros = 0;
        var rest = span[19..^1];
        if (rest.Length > 0)
        {
            if (rest.Length < 2 || rest[0] is not ('.' or ',') || !TryDigits(rest[1..], out _, allowLong: true))
            {
                return false;
            }
            var fraction = rest[1..];
            for (var i = 0; i < 6; i++)
            {
                micros = (micros * 10) + (i < fraction.Length ? fraction[i] - '0' : 0);
            }
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month) || year < 1 || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        value = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(micros * 10L), TimeSpan.Zero);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value, bool allowLong = false)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            if (!allowLong)
            {
                value = (value * 10) + (c - '0');
            }
        }
        return digits.Length > 0;
    }

    [GeneratedRegex(@"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();
}
