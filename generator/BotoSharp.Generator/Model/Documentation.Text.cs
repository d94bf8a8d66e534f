using System.Collections.Generic;
using System.Net;
using System.Text;

namespace BotoSharp.Generator.Model;

internal static partial class Documentation
{
    private static void Close(StringBuilder current, List<string> open, string name)
    {
        var index = open.LastIndexOf(name);
        if (index < 0)
        {
            return;
        }
        while (open.Count > index)
        {
            current.Append(EndTag(open[open.Count - 1]));
            open.RemoveAt(open.Count - 1);
        }
    }

    private static void CloseAll(StringBuilder current, List<string> open)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            current.Append(EndTag(open[i]));
        }
        open.Clear();
    }

    private static string EndTag(string name) => name == "code" ? "</c>" : "</see>";

    private static string TagName(string tag)
    {
        var end = 0;
        while (end < tag.Length && char.IsLetterOrDigit(tag[end]))
        {
            end++;
        }
        return tag.Substring(0, end).ToLowerInvariant();
    }

    private static string? Href(string tag)
    {
        var index = tag.IndexOf("href=", System.StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }
        var start = index + 5;
        if (start >= tag.Length)
        {
            return null;
        }
        var quote = tag[start];
        if (quote is '"' or '\'')
        {
            var end = tag.IndexOf(quote, start + 1);
            return end < 0 ? null : WebUtility.HtmlDecode(tag.Substring(start + 1, end - start - 1)).Trim();
        }
        var space = tag.IndexOf(' ', start);
        return WebUtility.HtmlDecode(space < 0 ? tag.Substring(start) : tag.Substring(start, space - start));
    }

    // Entities are decoded first (the models double-escape some), then the text is escaped once for XML.
    private static string Text(string raw) => Escape(WebUtility.HtmlDecode(raw));

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        var result = builder.ToString();
        // An element left empty by the collapse (e.g. "<c> </c>") reads as noise.
        return result.Replace("<c></c>", string.Empty).Trim();
    }

    // Greedy wrap at spaces outside tags, so an attribute is never split across lines.
    private static IEnumerable<string> Wrap(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inTag = false;
        foreach (var c in text)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>')
            {
                inTag = false;
            }
            if (c == ' ' && !inTag)
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
                continue;
            }
            word.Append(c);
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        var line = new StringBuilder();
        foreach (var w in words)
        {
            if (line.Length > 0 && line.Length + 1 + w.Length > WrapWidth)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0)
            {
                line.Append(' ');
            }
            line.Append(w);
        }
        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
