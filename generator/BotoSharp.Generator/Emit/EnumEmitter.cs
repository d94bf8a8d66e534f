using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Emit;

/// <summary>Prints an open enum: a readonly struct over a string with the model's values as static properties.</summary>
internal static class EnumEmitter
{
    public static void Emit(CodeWriter w, EnumSpec spec, ExternalNames names)
    {
        var t = spec.TypeName;
        w.Summary(spec.Docs);
        w.Obsolete(spec.Obsolete, names["Obsolete"]);
        w.Open($"public readonly partial struct {t} : {names["IEquatable"]}<{t}>");
        w.Line("private readonly string? _value;");
        w.Line();
        w.Doc($"<summary>Creates a <see cref=\"{t}\"/> from any string, including values the model does not list.</summary>");
        w.Doc("<param name=\"value\">The wire value.</param>");
        w.Open($"public {t}(string value)");
        w.Line($"_value = value ?? throw new {names["ArgumentNullException"]}(nameof(value));");
        w.Close();
        w.Line();
        foreach (var value in spec.Values)
        {
            w.Doc($"<summary>The value <c>{Documentation.Escape(value.Value)}</c>.</summary>");
            w.Line($"public static {t} {value.Name} {{ get; }} = new({ModelBuilder.Literal(value.Value)});");
            w.Line();
        }
        w.Doc("<summary>The wire value (empty for <c>default</c>).</summary>");
        w.Line("public string Value => _value ?? string.Empty;");
        w.Line();
        w.Doc($"<summary>Converts a string to a <see cref=\"{t}\"/>.</summary>");
        w.Doc("<param name=\"value\">The wire value.</param>");
        w.Line($"public static implicit operator {t}(string value) => new(value);");
        w.Line();
        w.Doc("<summary>Compares two values ordinally.</summary>");
        w.Doc("<param name=\"left\">The first value.</param>");
        w.Doc("<param name=\"right\">The second value.</param>");
        w.Line($"public static bool operator ==({t} left, {t} right) => left.Equals(right);");
        w.Line();
        w.Doc("<summary>Compares two values ordinally.</summary>");
        w.Doc("<param name=\"left\">The first value.</param>");
        w.Doc("<param name=\"right\">The second value.</param>");
        w.Line($"public static bool operator !=({t} left, {t} right) => !left.Equals(right);");
        w.Line();
        w.Doc("<inheritdoc/>");
        w.Line($"public bool Equals({t} other) => string.Equals(Value, other.Value, {names["StringComparison"]}.Ordinal);");
        w.Line();
        w.Doc("<inheritdoc/>");
        w.Line($"public override bool Equals(object? obj) => obj is {t} other && Equals(other);");
        w.Line();
        w.Doc("<inheritdoc/>");
        w.Line($"public override int GetHashCode() => {names["StringComparer"]}.Ordinal.GetHashCode(Value);");
        w.Line();
        w.Doc("<inheritdoc/>");
        w.Line("public override string ToString() => Value;");
        w.Close();
    }
}
