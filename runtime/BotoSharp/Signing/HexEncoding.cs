namespace BotoSharp.Signing;

/// <summary>Lower-case hex, which SigV4 uses everywhere (<c>Convert.ToHexStringLower</c> is not on net8.0).</summary>
internal static class HexEncoding
{
    /// <summary>Lower-case hex of <paramref name="bytes"/>.</summary>
    public static string Lower(ReadOnlySpan<byte> bytes)
    {
#if NET9_0_OR_GREATER
        // The framework's encoder is vectorized (SigV4 writes three 32-byte digests per request).
        return Convert.ToHexStringLower(bytes);
#else
        Span<char> chars = bytes.Length <= 64 ? stackalloc char[bytes.Length * 2] : new char[bytes.Length * 2];
        Lower(bytes, chars);
        return new string(chars);
#endif
    }

    /// <summary>Writes the lower-case hex of <paramref name="bytes"/> into <paramref name="chars"/> (twice as long).</summary>
    public static void Lower(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
#if NET9_0_OR_GREATER
        if (Convert.TryToHexStringLower(bytes, chars, out _))
        {
            return;
        }
#endif
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = s_digits[bytes[i] >> 4];
            chars[(2 * i) + 1] = s_digits[bytes[i] & 0xF];
        }
    }

    private static readonly char[] s_digits = "0123456789abcdef".ToCharArray();
}
