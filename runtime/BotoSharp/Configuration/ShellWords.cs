using System.Text;

namespace BotoSharp.Configuration;

/// <summary>
/// Python's <c>shlex.split(s)</c> (POSIX mode, no comments), which botocore uses to split section names such as
/// <c>profile "my profile"</c>. Only the parts botocore relies on: whitespace splitting, single and double quotes,
/// and backslash escapes.
/// </summary>
internal static class ShellWords
{
    private const string Whitespace = " \t\r\n";

    /// <summary>Splits <paramref name="text"/> as shlex does, or returns null where shlex raises ValueError.</summary>
    public static List<string>? TrySplit(string text)
    {
        if (text.AsSpan().IndexOfAny('\\', '\'', '"') < 0)
        {
            return SplitPlain(text);
        }
        var words = new List<string>();
        var token = new StringBuilder();
        bool inWord = false, quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (Whitespace.IndexOf(c) >= 0)
            {
                if (inWord || quoted)
                {
                    words.Add(token.ToString());
                    token.Clear();
                }
                inWord = quoted = false;
                continue;
            }
            inWord = true;
            if (c == '\\')
            {
                // Outside quotes a backslash takes the next character literally.
                if (++i >= text.Length)
                {
                    return null;
                }
                token.Append(text[i]);
            }
            else if (c is '\'' or '"')
            {
                quoted = true;
                if (!ReadQuoted(text, ref i, c, token))
                {
                    return null;
                }
            }
            else
            {
                token.Append(c);
            }
        }
        if (inWord || quoted)
        {
            words.Add(token.ToString());
        }
        return words;
    }

    // Without quotes or backslashes the words are just the runs between whitespace: no builder needed.
    private static List<string> SplitPlain(string text)
    {
        var words = new List<string>(2);
        int i = 0;
        while (i < text.Length)
        {
            if (Whitespace.Contains(text[i], StringComparison.Ordinal))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && !Whitespace.Contains(text[i], StringComparison.Ordinal))
            {
                i++;
            }
            words.Add(text.Substring(start, i - start));
        }
        return words;
    }

    // Reads from the opening quote at i to its closing quote; false when the quote never closes.
    private static bool ReadQuoted(string text, ref int i, char quote, StringBuilder token)
    {
        for (i++; i < text.Length; i++)
        {
            char c = text[i];
            if (c == quote)
            {
                return true;
            }
            if (quote == '"' && c == '\\')
            {
                if (i + 1 >= text.Length)
                {
                    return false;
                }
                char next = text[++i];
                // Inside double quotes only \" and \\ are escapes; any other backslash is kept.
                if (next != '"' && next != '\\')
                {
                    token.Append('\\');
                }
                token.Append(next);
                continue;
            }
            token.Append(c);
        }
        return false;
    }
}
