namespace BotoSharp.Endpoints.Rules;

/// <summary>
/// One piece of a template string: literal text, or a variable (<c>{Var}</c>) followed by attribute keys
/// (<c>{Var#attr}</c>).
/// </summary>
internal sealed class TemplatePart
{
    /// <summary>A literal piece.</summary>
    public TemplatePart(string literal)
    {
        Literal = literal;
        Slot = -1;
        Attributes = Array.Empty<string>();
    }

    /// <summary>A variable piece.</summary>
    public TemplatePart(int slot, string[] attributes)
    {
        Literal = null;
        Slot = slot;
        Attributes = attributes;
    }

    /// <summary>The text of a literal piece, null for a variable.</summary>
    public string? Literal { get; }

    /// <summary>The variable's slot, -1 for a literal.</summary>
    public int Slot { get; }

    /// <summary>The keys looked up in turn after the variable (the parts after <c>#</c>).</summary>
    public string[] Attributes { get; }
}
