namespace BotoSharp.Configuration;

/// <summary>
/// Python's notions of whitespace and line breaks, which botocore's config loading inherits from
/// <c>str.strip</c>, <c>str.splitlines</c> and text-mode file reading; .NET's differ in a few characters.
/// </summary>
internal static class PythonText
{
    /// <summary>True where Python's <c>str.isspace</c> is true (.NET misses the four information separators).</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || (c >= '\x1c' && c <= '\x1f');

    /// <summary>Python's <c>str.strip()</c>.</summary>
    public static string Strip(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsSpace(s[start]))
        {
            start++;
        }
        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }
        return s.Substring(start, end - start);
    }

    /// <summary>Python's <c>str.rstrip()</c>.</summary>
    public static string RStrip(string s)
    {
        int end = s.Length;
        while (end > 0 && IsSpace(s[end - 1]))
        {
            end--;
        }
        return s.Substring(0, end);
    }

    /// <summary>Python's <c>str.splitlines()</c>: every Unicode line boundary, <c>\r\n</c> counted once.</summary>
    public static List<string> SplitLines(string s)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')
            {
                lines.Add(s.Substring(start, i - start));
                if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n')
                {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < s.Length)
        {
            lines.Add(s.Substring(start));
        }
        return lines;
    }

    /// <summary>
    /// The lines a Python text-mode file yields (universal newlines: <c>\r\n</c> and <c>\r</c> become <c>\n</c>),
    /// without their terminators.
    /// </summary>
    public static List<string> FileLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                lines.Add(text.Substring(start, i - start));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }
        return lines;
    }
}
