namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// The typed form of an <c>after-call</c> row that rewrites strings of the parsed result (S3's list-objects URL
/// decoding): which top-level members and (list, item member) pairs it rewrites, and the top-level member whose
/// value decides whether it applies at all.
/// </summary>
/// <param name="TopLevel">Top-level string members rewritten.</param>
/// <param name="Nested">Members of the structures in a top-level list, rewritten.</param>
/// <param name="GuardMember">The top-level member the row checks.</param>
/// <param name="GuardValue">The value of <paramref name="GuardMember"/> for which the row applies.</param>
/// <param name="Transform">The rewrite.</param>
internal sealed record StringRewrite(
    string[] TopLevel,
    (string List, string Member)[] Nested,
    string GuardMember,
    string GuardValue,
    Func<string, string> Transform)
{
    /// <summary>The guard member's element with the value the row applies for, as UTF-8 (<c>&lt;EncodingType&gt;url&lt;/EncodingType&gt;</c>).</summary>
    public byte[] GuardElement { get; } = System.Text.Encoding.UTF8.GetBytes($"<{GuardMember}>{GuardValue}</{GuardMember}>");

    /// <summary>Whether the string at <paramref name="outer"/> (and <paramref name="inner"/> inside its item) is rewritten.</summary>
    public bool Applies(string outer, string? inner)
    {
        if (inner is null)
        {
            return Array.IndexOf(TopLevel, outer) >= 0;
        }
        foreach (var (list, member) in Nested)
        {
            if (list == outer && member == inner)
            {
                return true;
            }
        }
        return false;
    }
}
