namespace BotoSharp.Protocols;

/// <summary>
/// Python's <c>base64.b64decode</c> without <c>validate</c> (binascii's non-strict <c>a2b_base64</c>): characters
/// outside the alphabet are skipped, enough padding ends the input, and a data length that cannot be base64 is an
/// error. <see cref="Convert.FromBase64String(string)"/> refuses what Python accepts, so handlers that decode like
/// botocore use this.
/// </summary>
public static class PythonBase64
{
    /// <summary>Decodes <paramref name="text"/> (Latin-1 characters, each one byte) as Python does; false where Python raises.</summary>
    public static bool TryDecode(string text, out byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new List<byte>(text.Length * 3 / 4);
        int quadPosition = 0, pads = 0, left = 0;
        foreach (var c in text)
        {
            if (c == '=')
            {
                // A pad after two or more data characters of a quad, completing it, ends the input.
                if (quadPosition >= 2 && quadPosition + ++pads >= 4)
                {
                    bytes = output.ToArray();
                    return true;
                }
                continue;
            }
            var sextet = Sextet(c);
            if (sextet < 0)
            {
                continue;
            }
            pads = 0;
            switch (quadPosition)
            {
                case 0:
                    left = sextet;
                    break;
                case 1:
                    output.Add((byte)((left << 2) | (sextet >> 4)));
                    left = sextet & 0x0f;
                    break;
                case 2:
                    output.Add((byte)((left << 4) | (sextet >> 2)));
                    left = sextet & 0x03;
                    break;
                default:
                    output.Add((byte)((left << 6) | sextet));
                    break;
            }
            quadPosition = (quadPosition + 1) % 4;
        }
        bytes = output.ToArray();
        // One stray character, or a quad without its padding: binascii.Error ("Incorrect padding").
        return quadPosition == 0;
    }

    private static int Sextet(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' => 62,
        '/' => 63,
        _ => -1,
    };
}
