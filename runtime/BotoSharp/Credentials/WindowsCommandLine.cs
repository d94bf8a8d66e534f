using System.Text;

namespace BotoSharp.Auth;

/// <summary>
/// Splits a command line the way the Microsoft C runtime builds <c>argv</c>, which botocore uses for
/// <c>credential_process</c> on Windows: only space and tab separate, only double quotes quote, and backslashes
/// are literal unless they run up to a double quote (then each pair is one backslash and an odd one escapes it).
/// </summary>
internal static class WindowsCommandLine
{
    /// <summary>Splits <paramref name="command"/>, or returns <see langword="null"/> when a quote is left open.</summary>
    public static List<string>? TrySplit(string command)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        // An opened pair of quotes makes a word even when nothing is inside it ("" is an empty argument).
        var hasWord = false;
        var quoted = false;
        var backslashes = 0;
        foreach (var c in command)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }
            if (c == '"')
            {
                current.Append('\\', backslashes / 2);
                var escaped = backslashes % 2 == 1;
                backslashes = 0;
                hasWord = true;
                if (escaped)
                {
                    current.Append('"');
                }
                else
                {
                    quoted = !quoted;
                }
                continue;
            }
            current.Append('\\', backslashes);
            backslashes = 0;
            if (c is ' ' or '\t' && !quoted)
            {
                if (hasWord || current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    hasWord = false;
                }
                continue;
            }
            current.Append(c);
        }
        if (quoted)
        {
            return null;
        }
        current.Append('\\', backslashes);
        if (hasWord || current.Length > 0)
        {
            words.Add(current.ToString());
        }
        return words;
    }
}
