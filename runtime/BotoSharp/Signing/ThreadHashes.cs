using System.Security.Cryptography;

namespace BotoSharp.Signing;

/// <summary>
/// SHA-256 and HMAC-SHA256 through hash objects kept per thread and reset after each use: the one-shot
/// <c>HashData</c> methods create and free a native context per call (and HMAC sets its key up again each time),
/// which SigV4 pays three times per request. Same digests, byte for byte.
/// </summary>
internal static class ThreadHashes
{
    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    // The HMAC is keyed with the last signing key used on this thread; signing keys are cached arrays
    // (SigningKeyCache) never changed once made, so the same key is the same array and a reference check finds it.
    [ThreadStatic]
    private static IncrementalHash? t_hmac;

    [ThreadStatic]
    private static byte[]? t_hmacKey;

    /// <summary>Writes the SHA-256 of <paramref name="data"/> into <paramref name="hash"/> (32 bytes).</summary>
    public static void Sha256(ReadOnlySpan<byte> data, Span<byte> hash)
    {
        var sha = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(data);
        sha.GetHashAndReset(hash);
    }

    /// <summary>Writes HMAC-SHA256(<paramref name="key"/>, <paramref name="data"/>) into <paramref name="mac"/> (32 bytes).</summary>
    public static void HmacSha256(byte[] key, ReadOnlySpan<byte> data, Span<byte> mac)
    {
        var hmac = t_hmac;
        if (hmac is null || !ReferenceEquals(t_hmacKey, key))
        {
            hmac?.Dispose();
            hmac = t_hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
            t_hmacKey = key;
        }
        hmac.AppendData(data);
        hmac.GetHashAndReset(mac);
    }
}
