using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace BotoSharp.Signing;

/// <summary>
/// Caches SigV4 signing keys per secret, date, region and service: the four chained HMACs change once a day, so a
/// busy client would otherwise redo them on every request.
/// </summary>
internal static class SigningKeyCache
{
    // Small and flushed wholesale: keys roll daily and a process rarely uses more than a few regions/services.
    private const int MaxEntries = 256;
    private static readonly ConcurrentDictionary<(string Secret, string Date, string Region, string Service), byte[]> s_keys = new();

    /// <summary>kSigning = HMAC(HMAC(HMAC(HMAC("AWS4"+secret, date), region), service), "aws4_request").</summary>
    public static byte[] GetSigningKey(string secretKey, string date, string region, string service)
    {
        var cacheKey = (secretKey, date, region, service);
        if (s_keys.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), date);
        key = Hmac(key, region);
        key = Hmac(key, service);
        key = Hmac(key, "aws4_request");
        if (s_keys.Count >= MaxEntries)
        {
            s_keys.Clear();
        }
        s_keys[cacheKey] = key;
        return key;
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
