using System.Text;

namespace BotoSharp.Tests.Differential.Sessions;

/// <summary>
/// Random config and credentials file texts covering every section form botocore's readers treat specially:
/// <c>[default]</c>, <c>[profile x]</c>, quoted names, <c>[profile default]</c> before or after <c>[default]</c>,
/// <c>[DEFAULT]</c>, sections that are not profiles, <c>[sso-session x]</c>, <c>[services x]</c>, nested blocks,
/// continuation lines, comments, upper-case keys, <c>:</c> delimiters, and now and then a malformed line.
/// </summary>
internal sealed class IniTextGenerator
{
    private readonly Random _random;

    /// <summary>Draws from <paramref name="random"/>, shared with the scenario generator so one seed fixes everything.</summary>
    public IniTextGenerator(Random random) => _random = random;

    /// <summary>A config file text (sometimes malformed), now and then with CRLF line ends.</summary>
    public string Config() => MaybeCrLf(ConfigText());

    /// <summary>A credentials file text (sometimes malformed); its sections merge into the profiles as they are named.</summary>
    public string Credentials() => MaybeCrLf(CredentialsText());

    // Python reads the files with universal newlines, so CRLF must read exactly as LF.
    private string MaybeCrLf(string text) => Chance(0.1) ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text;

    private string ConfigText()
    {
        var text = new StringBuilder();
        MaybeComment(text);
        if (Chance(0.03))
        {
            // A key before any header is configparser's MissingSectionHeaderError.
            text.Append("region = us-east-1\n");
        }
        foreach (string header in Headers(IniVocabulary.ConfigHeaders, _random.Next(0, 6)))
        {
            text.Append(header).Append('\n');
            var keys = new HashSet<string>(StringComparer.Ordinal);
            int count = _random.Next(0, 6);
            for (int k = 0; k < count; k++)
            {
                ConfigLine(text, keys);
            }
            MaybeMalformed(text);
        }
        return text.ToString();
    }

    private string CredentialsText()
    {
        var text = new StringBuilder();
        MaybeComment(text);
        foreach (string header in Headers(IniVocabulary.CredentialHeaders, _random.Next(0, 4)))
        {
            text.Append(header).Append('\n');
            if (Chance(0.7))
            {
                text.Append(Key("aws_access_key_id")).Append(Delimiter()).Append(Pick(["AKIDFILE", "AKIDOTHER", ""])).Append('\n');
            }
            if (Chance(0.6))
            {
                text.Append(Key("aws_secret_access_key")).Append(Delimiter()).Append(Pick(["file-secret", "s e c r e t"])).Append('\n');
            }
            if (Chance(0.3))
            {
                text.Append(Key(Pick(["aws_session_token", "aws_security_token"]))).Append(Delimiter()).Append("file-token\n");
            }
            if (Chance(0.3))
            {
                ConfigLine(text, new HashSet<string>(["aws_access_key_id", "aws_secret_access_key", "aws_session_token", "aws_security_token"]));
            }
            MaybeMalformed(text);
        }
        return text.ToString();
    }

    /// <summary>
    /// Up to <paramref name="count"/> headers naming distinct sections (a repeated section is configparser's
    /// DuplicateSectionError, which <see cref="MaybeMalformed"/> produces on purpose, rarely).
    /// </summary>
    private IEnumerable<string> Headers(string[] pool, int count)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string header = Pick(pool);
            // configparser's section name runs from the first '[' to the last ']' on the line.
            if (names.Add(header[1..header.LastIndexOf(']')]))
            {
                yield return header;
            }
        }
    }

    /// <summary>One option line or block; <paramref name="used"/> keeps option names distinct (configparser lower-cases them).</summary>
    private void ConfigLine(StringBuilder text, HashSet<string> used)
    {
        double roll = _random.NextDouble();
        if (roll < 0.15)
        {
            string block = Pick(IniVocabulary.NestedBlocks);
            if (used.Add(block[..block.IndexOf('=')].Trim().ToLowerInvariant()))
            {
                text.Append(block).Append('\n');
            }
            return;
        }
        if (roll < 0.2)
        {
            if (used.Add("credential_process"))
            {
                text.Append("credential_process").Append(Delimiter()).Append(Pick(IniVocabulary.CredentialProcesses)).Append('\n');
            }
            return;
        }
        var (key, values) = Pick(IniVocabulary.ConfigKeys);
        if (!used.Add(key))
        {
            return;
        }
        text.Append(Key(key)).Append(Delimiter()).Append(Pick(values));
        if (Chance(0.05))
        {
            // A continuation line joins the value with a newline.
            text.Append("\n  continued");
        }
        if (Chance(0.05))
        {
            // configparser has no inline comments by default: this stays part of the value.
            text.Append(" # not a comment");
        }
        text.Append('\n');
        MaybeComment(text);
    }

    private void MaybeComment(StringBuilder text)
    {
        if (Chance(0.1))
        {
            text.Append(Pick(["# a comment\n", "; another\n", "\n", "   \n", "  # indented\n"]));
        }
    }

    private void MaybeMalformed(StringBuilder text)
    {
        if (Chance(0.02))
        {
            text.Append(Pick(["this line has no delimiter\n", "region = a\nregion = b\n", "[default]\n[default]\n", "= no key\n",
                "nested =\n  good = 1\n  bad line here\n", "nested=\n colon:delimited\n"]));
        }
    }

    // configparser lower-cases option names, so upper-case keys must still be found.
    private string Key(string key) => Chance(0.08) ? (Chance(0.5) ? key.ToUpperInvariant() : char.ToUpperInvariant(key[0]) + key[1..]) : key;

    private string Delimiter() => Pick([" = ", " = ", "=", ": ", " : ", " =  "]);

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
