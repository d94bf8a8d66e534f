namespace BotoSharp.Generator.Parse;

/// <summary>
/// Strips insignificant whitespace from JSON text (outside strings), without validating it. The pipeline parses the
/// canonical text, so a whitespace-only edit yields an equal input and everything downstream stays cached; diagnostics
/// found in canonical text are mapped back to the original file with <see cref="ToOriginalOffset"/>.
/// </summary>
internal static class JsonCanonicalizer
{
    public static string Canonicalize(string text)
    {
        // A plain char buffer: this runs on every keystroke in a model file, so it must stay a tight loop.
        var buffer = new char[text.Length];
        var length = 0;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                buffer[length++] = c;
                if (c == '\\' && i + 1 < text.Length)
                {
                    buffer[length++] = text[++i];
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (!IsWhitespace(c))
            {
                inString = c == '"';
                buffer[length++] = c;
            }
        }
        return length == text.Length ? text : new string(buffer, 0, length);
    }

    /// <summary>The offset in <paramref name="original"/> of the character at <paramref name="canonicalOffset"/> in its canonical form.</summary>
    public static int ToOriginalOffset(string original, int canonicalOffset)
    {
        var kept = 0;
        var inString = false;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            var skip = !inString && IsWhitespace(c);
            if (!skip)
            {
                if (kept == canonicalOffset)
                {
                    return i;
                }
                kept++;
                if (inString)
                {
                    if (c == '\\' && i + 1 < original.Length)
                    {
                        i++;
                        if (kept == canonicalOffset)
                        {
                            return i;
                        }
                        kept++;
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }
                }
                else
                {
                    inString = c == '"';
                }
            }
        }
        return original.Length;
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n';
}
