using System.Text;
using BotoSharp.Endpoints.Library;
using BotoSharp.Errors;

namespace BotoSharp.Endpoints.Rules;

/// <summary>A string with <c>{Var}</c> / <c>{Var#attr}</c> placeholders, split into parts at parse time.</summary>
internal sealed class TemplateExpression : Expression
{
    private readonly TemplatePart[] _parts;

    // Templates are built on every resolution; one builder per thread avoids growing a new one each time.
    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>Wraps the parsed parts.</summary>
    public TemplateExpression(TemplatePart[] parts) => _parts = parts;

    /// <inheritdoc />
    public override object? Evaluate(RuleScope scope)
    {
        var builder = t_builder ?? new StringBuilder(128);
        t_builder = null;
        builder.Clear();
        try
        {
            Append(builder, scope);
            return builder.ToString();
        }
        finally
        {
            t_builder = builder;
        }
    }

    private void Append(StringBuilder builder, RuleScope scope)
    {
        foreach (var part in _parts)
        {
            if (part.Literal is not null)
            {
                builder.Append(part.Literal);
                continue;
            }
            // botocore indexes its scope dict directly, so an unbound name is an error rather than "None".
            if (!scope.IsPresent(part.Slot))
            {
                throw new EndpointResolutionError($"Template variable {scope.RuleSet.SlotNames[part.Slot]} is not set");
            }
            var value = scope.Get(part.Slot);
            foreach (var attribute in part.Attributes)
            {
                if (value is not IReadOnlyDictionary<string, object?> map || !map.TryGetValue(attribute, out value))
                {
                    throw new EndpointResolutionError(
                        $"Template attribute {attribute} of {scope.RuleSet.SlotNames[part.Slot]} is not set");
                }
            }
            builder.Append(PythonText.Str(value));
        }
    }
}
