using System.Collections;
using System.Text;
using System.Text.RegularExpressions;

namespace BotoSharp.Stubs;

/// <summary>
/// Python's <c>pprint.pformat</c> (width 80, sorted dictionaries, not compact) for the stubber's "Expected parameters"
/// message: a value whose repr is too wide is split as <c>PrettyPrinter._format</c> splits dictionaries, lists,
/// strings and bytes; anything else is written as its repr.
/// </summary>
internal static partial class PythonPrettyFormat
{
    private const int Width = 80;

    public static string Format(object? value)
    {
        var output = new StringBuilder();
        Write(output, value, indent: 0, allowance: 0, level: 0);
        return output.ToString();
    }

    // PrettyPrinter._format: the repr when it fits in what is left of the line, else the type's own splitter.
    private static void Write(StringBuilder output, object? value, int indent, int allowance, int level)
    {
        var repr = PythonRepr.Of(value);
        if (repr.Length <= Width - indent - allowance)
        {
            output.Append(repr);
            return;
        }
        switch (value)
        {
            case string text:
                WriteString(output, text, indent, allowance, level + 1);
                break;
            case byte[] bytes:
                WriteBytes(output, bytes, indent, allowance, level + 1);
                break;
            case IDictionary map:
                output.Append('{');
                WriteDictionaryItems(output, PythonRepr.SortedItems(map), indent, allowance + 1, level + 1);
                output.Append('}');
                break;
            case IEnumerable list:
                output.Append('[');
                WriteItems(output, list.Cast<object?>().ToList(), indent, allowance + 1, level + 1);
                output.Append(']');
                break;
            default:
                output.Append(repr);
                break;
        }
    }

    private static void WriteDictionaryItems(StringBuilder output, List<DictionaryEntry> items, int indent, int allowance, int level)
    {
        indent += 1;
        for (var i = 0; i < items.Count; i++)
        {
            var last = i == items.Count - 1;
            var key = PythonRepr.Of(items[i].Key);
            output.Append(key).Append(": ");
            Write(output, items[i].Value, indent + key.Length + 2, last ? allowance : 1, level);
            if (!last)
            {
                output.Append(",\n").Append(' ', indent);
            }
        }
    }

    private static void WriteItems(StringBuilder output, List<object?> items, int indent, int allowance, int level)
    {
        indent += 1;
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                output.Append(",\n").Append(' ', indent);
            }
            Write(output, items[i], indent, i == items.Count - 1 ? allowance : 1, level);
        }
    }

    // PrettyPrinter._pprint_str: each line, and each too-long line cut after whitespace, becomes its own literal.
    private static void WriteString(StringBuilder output, string text, int indent, int allowance, int level)
    {
        var chunks = new List<string>();
        var lines = SplitLinesKeepEnds(text);
        if (level == 1)
        {
            indent += 1;
            allowance += 1;
        }
        var maxWidth = Width - indent;
        var maxWidthLine = maxWidth;
        for (var i = 0; i < lines.Count; i++)
        {
            var lastLine = i == lines.Count - 1;
            var repr = PythonRepr.OfString(lines[i]);
            if (lastLine)
            {
                maxWidthLine -= allowance;
            }
            if (repr.Length <= maxWidthLine)
            {
                chunks.Add(repr);
                continue;
            }
            var parts = WordsWithTrailingSpace().Matches(lines[i]).Select(m => m.Value).Where(p => p.Length > 0).ToList();
            var maxWidthPart = maxWidth;
            var current = string.Empty;
            for (var j = 0; j < parts.Count; j++)
            {
                var candidate = current + parts[j];
                if (j == parts.Count - 1 && lastLine)
                {
                    maxWidthPart -= allowance;
                }
                if (PythonRepr.OfString(candidate).Length > maxWidthPart)
                {
                    if (current.Length > 0)
                    {
                        chunks.Add(PythonRepr.OfString(current));
                    }
                    current = parts[j];
                }
                else
                {
                    current = candidate;
                }
            }
            if (current.Length > 0)
            {
                chunks.Add(PythonRepr.OfString(current));
            }
        }
        WriteChunks(output, chunks.Count == 1 ? new List<string> { PythonRepr.OfString(lines[^1]) } : chunks, indent, level);
    }

    // PrettyPrinter._pprint_bytes with _wrap_bytes_repr: four-byte groups gathered while the literal fits.
    private static void WriteBytes(StringBuilder output, byte[] bytes, int indent, int allowance, int level)
    {
        if (bytes.Length <= 4)
        {
            output.Append(PythonRepr.OfBytes(bytes));
            return;
        }
        if (level == 1)
        {
            indent += 1;
            allowance += 1;
        }
        var chunks = new List<string>();
        var width = Width - indent;
        var lastGroup = bytes.Length / 4 * 4;
        var current = Array.Empty<byte>();
        for (var i = 0; i < bytes.Length; i += 4)
        {
            var part = bytes[i..Math.Min(i + 4, bytes.Length)];
            var candidate = current.Concat(part).ToArray();
            if (i == lastGroup)
            {
                width -= allowance;
            }
            if (PythonRepr.OfBytes(candidate).Length > width)
            {
                if (current.Length > 0)
                {
                    chunks.Add(PythonRepr.OfBytes(current));
                }
                current = part;
            }
            else
            {
                current = candidate;
            }
        }
        if (current.Length > 0)
        {
            chunks.Add(PythonRepr.OfBytes(current));
        }
        WriteChunks(output, chunks, indent, level, parensEvenForOne: true);
    }

    private static void WriteChunks(StringBuilder output, List<string> chunks, int indent, int level, bool parensEvenForOne = false)
    {
        var parens = level == 1 && (chunks.Count > 1 || parensEvenForOne);
        if (parens)
        {
            output.Append('(');
        }
        output.AppendJoin("\n" + new string(' ', indent), chunks);
        if (parens)
        {
            output.Append(')');
        }
    }

    // str.splitlines(keepends=True) for the line breaks Python recognises.
    private static List<string> SplitLinesKeepEnds(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }
        return lines;
    }

    [GeneratedRegex(@"\S*\s*")]
    private static partial Regex WordsWithTrailingSpace();
}
