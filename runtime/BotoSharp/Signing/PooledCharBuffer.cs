using System.Buffers;
using System.Text;

namespace BotoSharp.Signing;

/// <summary>
/// A growable text buffer over a rented array: the SigV4 canonical request and string to sign are written here and
/// hashed from the span, so signing builds no intermediate strings. Dispose returns the array.
/// </summary>
internal ref struct PooledCharBuffer
{
    private char[] _array;
    private int _length;

    /// <summary>Rents at least <paramref name="capacity"/> characters.</summary>
    public PooledCharBuffer(int capacity)
    {
        _array = ArrayPool<char>.Shared.Rent(capacity);
        _length = 0;
    }

    /// <summary>What has been written so far.</summary>
    public readonly ReadOnlySpan<char> Written => _array.AsSpan(0, _length);

    /// <summary>Characters written so far.</summary>
    public readonly int Length => _length;

    /// <summary>Appends one character.</summary>
    public void Append(char c)
    {
        if (_length == _array.Length)
        {
            Grow(1);
        }
        _array[_length++] = c;
    }

    /// <summary>Appends text.</summary>
    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _array.Length)
        {
            Grow(text.Length);
        }
        text.CopyTo(_array.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>Forgets what was written, keeping the array.</summary>
    public void Clear() => _length = 0;

    /// <summary>Writes the lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/> into <paramref name="hex"/> (64 chars).</summary>
    public static void Sha256Hex(ReadOnlySpan<char> text, Span<char> hex)
    {
        Span<byte> hash = stackalloc byte[32];
        var rented = RentUtf8(text, out var bytes);
        try
        {
            ThreadHashes.Sha256(bytes, hash);
        }
        finally
        {
            ReturnUtf8(rented);
        }
        HexEncoding.Lower(hash, hex);
    }

    /// <summary>Writes HMAC-SHA256(<paramref name="key"/>, UTF-8 of <paramref name="text"/>) as lower-case hex and returns it.</summary>
    public static string HmacSha256Hex(byte[] key, ReadOnlySpan<char> text)
    {
        Span<char> hex = stackalloc char[64];
        HmacSha256Hex(key, text, hex);
        return new string(hex);
    }

    /// <summary>Writes the lower-case hex HMAC-SHA256(<paramref name="key"/>, UTF-8 of <paramref name="text"/>) into <paramref name="hex"/> (64 chars).</summary>
    public static void HmacSha256Hex(byte[] key, ReadOnlySpan<char> text, Span<char> hex)
    {
        Span<byte> mac = stackalloc byte[32];
        var rented = RentUtf8(text, out var bytes);
        try
        {
            ThreadHashes.HmacSha256(key, bytes, mac);
        }
        finally
        {
            ReturnUtf8(rented);
        }
        HexEncoding.Lower(mac, hex);
    }

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose()
    {
        if (_array is { } array)
        {
            _array = null!;
            ArrayPool<char>.Shared.Return(array);
        }
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_array.Length * 2, _length + needed));
        Written.CopyTo(larger);
        ArrayPool<char>.Shared.Return(_array);
        _array = larger;
    }

    private static byte[] RentUtf8(ReadOnlySpan<char> text, out ReadOnlySpan<byte> bytes)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        bytes = rented.AsSpan(0, Encoding.UTF8.GetBytes(text, rented));
        return rented;
    }

    private static void ReturnUtf8(byte[] rented) => ArrayPool<byte>.Shared.Return(rented);
}
