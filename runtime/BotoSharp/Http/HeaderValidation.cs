using System.Text;

namespace BotoSharp.Http;

/// <summary>
/// The checks Python's <c>http.client</c> makes in <c>putheader</c> before botocore's request leaves: a name is
/// <c>[^:\s][^:\r\n]*</c>, a value has no CR or LF except a folded line (CR/LF followed by a space or tab). A header
/// that fails is refused before a byte is sent, so a CR/LF in a caller's value can never smuggle a second request.
/// </summary>
public static class HeaderValidation
{
    /// <summary>Checks every header of <paramref name="headers"/>.</summary>
    /// <exception cref="ArgumentException">A header name or value is invalid; <see cref="ArgumentException.ParamName"/> is the header name.</exception>
    public static void Validate(HttpHeaderList headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        foreach (var (name, value) in headers)
        {
            if (!IsLegalName(name))
            {
                throw new ArgumentException($"Invalid header name {PythonBytes(name)}", name);
            }
            if (IsIllegalValue(value))
            {
                throw new ArgumentException($"Invalid header value {PythonBytes(value)}", name);
            }
        }
    }

    private static bool IsLegalName(string name)
    {
        if (name.Length == 0 || name[0] == ':' || char.IsWhiteSpace(name[0]))
        {
            return false;
        }
        return name.AsSpan(1).IndexOfAny(":\r\n") < 0;
    }

    // http.client's _is_illegal_header_value: \n not followed by space/tab, or \r not followed by space/tab/\n.
    // Most values hold neither, so a vectorized search finds the first one (or none) before the character walk.
    private static bool IsIllegalValue(string value)
    {
        var first = value.AsSpan().IndexOfAny('\r', '\n');
        if (first < 0)
        {
            return false;
        }
        for (var i = first; i < value.Length; i++)
        {
            var next = i + 1 < value.Length ? value[i + 1] : '\0';
            if ((value[i] == '\n' && next is not (' ' or '\t')) || (value[i] == '\r' && next is not (' ' or '\t' or '\n')))
            {
                return true;
            }
        }
        return false;
    }

    // Python's repr of the encoded bytes, as the ValueError message shows them.
    private static string PythonBytes(string text)
    {
        var builder = new StringBuilder("b'");
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            builder.Append(b switch
            {
                (byte)'\r' => "\\r",
                (byte)'\n' => "\\n",
                (byte)'\t' => "\\t",
                (byte)'\\' => "\\\\",
                (byte)'\'' => "\\'",
                >= 0x20 and < 0x7f => ((char)b).ToString(),
                _ => $"\\x{b:x2}",
            });
        }
        return builder.Append('\'').ToString();
    }
}
