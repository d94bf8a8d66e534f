using System.Security.Cryptography;
using System.Text;
using BotoSharp.Caching;

namespace BotoSharp.Signing;

/// <summary>
/// Caches SigV4 signing keys per secret, date, region and service: the four chained HMACs change once a day, so a
/// busy client would otherwise redo them on every request.
/// </summary>
internal static class SigningKeyCache
{
    // Small and flushed wholesale: keys roll daily and a process rarely uses more than a few regions/services.
    private const int MaxEntries = 256;
    // Keyed by the four parts joined with newlines (the date is eight digits and regions and services hold none, so a
    // newline in a secret cannot make two keys collide); the last key found is checked first, so
    // a client's repeated calls build no key at all. A tuple key had no precompiled code (JIT-compiled in every
    // cold process).
    private static readonly BoundedCache<string, byte[]> s_keys = new(MaxEntries, StringComparer.Ordinal);
    private static Entry? s_last;

    /// <summary>kSigning = HMAC(HMAC(HMAC(HMAC("AWS4"+secret, date), region), service), "aws4_request").</summary>
    public static byte[] GetSigningKey(string secretKey, string date, string region, string service)
    {
        var last = Volatile.Read(ref s_last);
        if (last is not null && last.Matches(secretKey, date, region, service))
        {
            return last.Key;
        }
        // Interpolated rather than string.Join of four: that overload takes a params span whose inline array has no
        // precompiled code (JIT-compiled by every process's first signature).
        var cacheKey = $"{secretKey}\n{date}\n{region}\n{service}";
        if (s_keys.TryGetValue(cacheKey, out var cached))
        {
            Volatile.Write(ref s_last, new Entry(secretKey, date, region, service, cached));
            return cached;
        }
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), date);
        key = Hmac(key, region);
        key = Hmac(key, service);
        key = Hmac(key, "aws4_request");
        s_keys.RememberOrReset(cacheKey, key);
        Volatile.Write(ref s_last, new Entry(secretKey, date, region, service, key));
        return key;
    }

    // The last key handed out, with the parts it was derived from.
    private sealed class Entry(string secret, string date, string region, string service, byte[] key)
    {
        public byte[] Key { get; } = key;

        public bool Matches(string secretKey, string dateStamp, string regionName, string serviceName) =>
            string.Equals(secret, secretKey, StringComparison.Ordinal) && string.Equals(date, dateStamp, StringComparison.Ordinal)
            && string.Equals(region, regionName, StringComparison.Ordinal) && string.Equals(service, serviceName, StringComparison.Ordinal);
    }

    /// <summary>
    /// The <c>yyyyMMdd</c> start of a SigV4 timestamp, as a string shared by the calls of one day (it keys this cache).
    /// </summary>
    public static string DateOf(string timestamp)
    {
        var date = s_lastDate;
        if (date is not null && timestamp.AsSpan(0, 8).SequenceEqual(date))
        {
            return date;
        }
        date = timestamp[..8];
        s_lastDate = date;
        return date;
    }

    private static string? s_lastDate;

    /// <summary>HMAC-SHA256 of the UTF-8 bytes of <paramref name="message"/>.</summary>
    public static byte[] Hmac(byte[] key, string message) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message));
}
