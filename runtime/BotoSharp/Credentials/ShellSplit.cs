using System.Text;

namespace BotoSharp.Auth;

/// <summary>
/// Splits a command line into arguments the way Python's <c>shlex.split</c> does in POSIX mode (what botocore
/// uses off Windows), so a <c>credential_process</c> line runs with the same argv without involving a shell.
/// </summary>
internal static class ShellSplit
{
    /// <summary>Splits <paramref name="command"/>; unbalanced quotes or a trailing backslash are a <see cref="FormatException"/>.</summary>
    public static List<string> Split(string command)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        var i = 0;
        while (i < command.Length)
        {
            var c = command[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
                i++;
            }
            else if (c == '\\')
            {
                if (i + 1 >= command.Length)
                {
                    throw new FormatException("No escaped character");
                }
                current.Append(command[i + 1]);
                inWord = true;
                i += 2;
            }
            else if (c == '\'')
            {
                var end = command.IndexOf('\'', i + 1);
                if (end < 0)
                {
                    throw new FormatException("No closing quotation");
                }
                current.Append(command, i + 1, end - i - 1);
                inWord = true;
                i = end + 1;
            }
            else if (c == '"')
            {
                i = ReadDoubleQuoted(command, i + 1, current);
                inWord = true;
            }
            else
            {
                current.Append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord)
        {
            words.Add(current.ToString());
        }
        return words;
    }

    // Inside double quotes a backslash only escapes another backslash or a double quote; elsewhere it is literal.
    private static int ReadDoubleQuoted(string command, int i, StringBuilder current)
    {
        while (i < command.Length)
        {
            var c = command[i];
            if (c == '"')
            {
                return i + 1;
            }
            if (c == '\\' && i + 1 < command.Length && (command[i + 1] == '\\' || command[i + 1] == '"'))
            {
                current.Append(command[i + 1]);
                i += 2;
                continue;
            }
            current.Append(c);
            i++;
        }
        throw new FormatException("No closing quotation");
    }
}
