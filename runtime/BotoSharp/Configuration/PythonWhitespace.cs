namespace BotoSharp.Configuration;

/// <summary>
/// Python's notions of whitespace and line breaks, which botocore's config loading inherits from
/// <c>str.strip</c>, <c>str.splitlines</c> and text-mode file reading; .NET's differ in a few characters.
/// </summary>
internal static class PythonWhitespace
{
    /// <summary>True where Python's <c>str.isspace</c> is true (.NET misses the four information separators).</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || (c >= '\x1c' && c <= '\x1f');

    /// <summary>Python's <c>str.strip()</c>.</summary>
    public static string Strip(string s)
    {
        // The string itself when nothing is stripped, as Substring would return it.
        var stripped = Strip(s.AsSpan());
        return stripped.Length == s.Length ? s : stripped.ToString();
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

    /// <summary>Python's <c>str.strip()</c> over a span, without allocating.</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> s)
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
        return s.Slice(start, end - start);
    }

    /// <summary>
    /// <c>str.lower()</c> as the config reader has always applied it (invariant culture); the invariant lower-casing
    /// returns the same string when nothing changes, so an already lower-case name costs one string.
    /// </summary>
    public static string LowerInvariant(ReadOnlySpan<char> s) => s.ToString().ToLowerInvariant();

    /// <summary>True for the characters Python's <c>str.splitlines()</c> breaks at.</summary>
    public static bool IsLineBreak(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    /// <summary>
    /// The next line Python's <c>str.splitlines()</c> yields from <paramref name="s"/> at <paramref name="next"/>
    /// (every Unicode line boundary, <c>\r\n</c> counted once), as bounds instead of a string; false at the end.
    /// </summary>
    public static bool NextLine(string s, ref int next, out int start, out int end) => Next(s, ref next, out start, out end, allBreaks: true);

    /// <summary>
    /// The next line a Python text-mode file yields (universal newlines: <c>\r\n</c> and <c>\r</c> end a line, as
    /// <c>\n</c> does), as bounds without its terminator; false at the end of <paramref name="text"/>.
    /// </summary>
    public static bool NextFileLine(string text, ref int next, out int start, out int end) => Next(text, ref next, out start, out end, allBreaks: false);

    private static bool Next(string s, ref int next, out int start, out int end, bool allBreaks)
    {
        start = next;
        if (start >= s.Length)
        {
            end = start;
            return false;
        }
        int i = start;
        while (i < s.Length && !(allBreaks ? IsLineBreak(s[i]) : s[i] is '\n' or '\r'))
        {
            i++;
        }
        end = i;
        if (i < s.Length && s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n')
        {
            i++;
        }
        next = i + 1;
        return true;
    }
}
