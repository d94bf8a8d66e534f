using System.Collections.Generic;
using System.Text;

namespace BotoSharp.Generator.Model;

/// <summary>
/// Converts the models' HTML documentation into XML doc comment lines: paragraphs become <c>&lt;para&gt;</c>,
/// <c>&lt;code&gt;</c> becomes <c>&lt;c&gt;</c>, links stay readable as <c>&lt;see href&gt;</c>, list items get a dash,
/// every other tag is dropped and text is re-escaped, so the output is always well-formed XML.
/// </summary>
internal static partial class Documentation
{
    private const int WrapWidth = 110;

    /// <summary>The doc lines for <paramref name="html"/>, or the single <paramref name="fallback"/> line when there is none.</summary>
    public static EquatableArray<string> ToLines(string? html, string fallback)
    {
        var paragraphs = string.IsNullOrWhiteSpace(html) ? new List<string>() : Paragraphs(html!);
        if (paragraphs.Count == 0)
        {
            return new EquatableArray<string>(new[] { Escape(fallback) });
        }
        var lines = new List<string>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = i == 0 ? paragraphs[i] : "<para>" + paragraphs[i] + "</para>";
            lines.AddRange(Wrap(text));
        }
        return EquatableArray.From(lines);
    }

    /// <summary>Escapes plain text for XML.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static List<string> Paragraphs(string html)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var open = new List<string>();
        var pos = 0;
        void Break()
        {
            // "<li><p>text</p></li>": the paragraph inside a list item keeps the item's dash.
            if (open.Count == 0 && current.ToString().Trim() == "-")
            {
                return;
            }
            CloseAll(current, open);
            var text = Collapse(current.ToString());
            if (text.Length > 0)
            {
                paragraphs.Add(text);
            }
            current.Clear();
        }
        while (pos < html.Length)
        {
            var lt = html.IndexOf('<', pos);
            if (lt < 0)
            {
                current.Append(Text(html.Substring(pos)));
                break;
            }
            current.Append(Text(html.Substring(pos, lt - pos)));
            var gt = html.IndexOf('>', lt + 1);
            if (gt < 0)
            {
                current.Append(Text(html.Substring(lt)));
                break;
            }
            var tag = html.Substring(lt + 1, gt - lt - 1).Trim();
            pos = gt + 1;
            var closing = tag.StartsWith("/", System.StringComparison.Ordinal);
            var name = TagName(closing ? tag.Substring(1) : tag);
            switch (name)
            {
                case "p":
                case "div":
                case "br":
                case "ul":
                case "ol":
                case "dl":
                case "note":
                case "important":
                case "h1":
                case "h2":
                case "h3":
                case "h4":
                    Break();
                    break;
                case "li":
                case "dt":
                    Break();
                    if (!closing)
                    {
                        current.Append("- ");
                    }
                    break;
                case "code":
                case "a":
                    if (closing)
                    {
                        Close(current, open, name);
                    }
                    else if (name == "code")
                    {
                        current.Append("<c>");
                        open.Add("code");
                    }
                    else if (Href(tag) is { } href)
                    {
                        current.Append("<see href=\"").Append(Escape(href).Replace("\"", "&quot;")).Append("\">");
                        open.Add("a");
                    }
                    break;
            }
        }
        Break();
        return paragraphs;
    }
}
