using System.Security.Cryptography;

namespace BotoSharp.Clients.Retries;

/// <summary>
/// botocore's <c>str(uuid.uuid4())</c> for <c>amz-sdk-invocation-id</c>: 16 random bytes from the OS generator with
/// the version-4 and variant bits set, as lower-case hex in 8-4-4-4-12 groups. The bytes are drawn 4 KiB at a time per
/// thread: asking the OS for 16 bytes per call (as <see cref="Guid.NewGuid"/> does) costs a system call per request,
/// so only a thread's first id is a <see cref="Guid.NewGuid"/>.
/// </summary>
internal static class InvocationIds
{
    private const int IdBytes = 16;
    private const int BatchBytes = 256 * IdBytes;

    [ThreadStatic]
    private static byte[]? t_random;

    [ThreadStatic]
    private static int t_next;

    /// <summary>A new random (version 4) UUID in its canonical text form.</summary>
    public static string NewId()
    {
        if (t_random is null)
        {
            // A thread's first id comes from Guid.NewGuid (version 4 from the OS generator, through the runtime's own
            // native shim): the batch below is filled by OpenSSL's generator on Linux, whose start-up is milliseconds
            // of a cold process's first call. Guid's "D" text is uuid4's: lower-case hex in 8-4-4-4-12 groups.
            t_random = new byte[BatchBytes];
            return Guid.NewGuid().ToString();
        }
        var random = t_random;
        if (t_next == 0)
        {
            RandomNumberGenerator.Fill(random);
        }
        var offset = t_next;
        var id = random.AsSpan(offset, IdBytes);
        t_next = (offset + IdBytes) % BatchBytes;
        id[6] = (byte)((id[6] & 0x0F) | 0x40);
        id[8] = (byte)((id[8] & 0x3F) | 0x80);
        var text = string.Create(36, (random, offset), static (chars, state) =>
        {
#if NET9_0_OR_GREATER
            // The framework's vectorized hex, one group at a time (8-4-4-4-12 characters from 4-2-2-2-6 bytes).
            var bytes = state.random.AsSpan(state.offset, IdBytes);
            Convert.TryToHexStringLower(bytes[..4], chars, out _);
            chars[8] = '-';
            Convert.TryToHexStringLower(bytes[4..6], chars[9..], out _);
            chars[13] = '-';
            Convert.TryToHexStringLower(bytes[6..8], chars[14..], out _);
            chars[18] = '-';
            Convert.TryToHexStringLower(bytes[8..10], chars[19..], out _);
            chars[23] = '-';
            Convert.TryToHexStringLower(bytes[10..], chars[24..], out _);
#else
            var c = 0;
            for (var i = 0; i < IdBytes; i++)
            {
                if (i is 4 or 6 or 8 or 10)
                {
                    chars[c++] = '-';
                }
                var b = state.random[state.offset + i];
                chars[c++] = HexDigit(b >> 4);
                chars[c++] = HexDigit(b & 0xF);
            }
#endif
        });
        // Used bytes are not kept around.
        id.Clear();
        return text;
    }

#if !NET9_0_OR_GREATER
    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
#endif
}
