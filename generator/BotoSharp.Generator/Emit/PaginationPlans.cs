using System.Collections.Generic;
using System.Linq;
using System.Text;
using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Emit;

/// <summary>
/// Prints a <see cref="PaginationPlanSpec"/> as the <c>TypedPagination</c> construction a generated paginator method
/// passes to the runtime: member getters and setters over the plan's paths, token values converted to the runtime
/// value convention (<see cref="Conversions"/>), and the member-wise request copies the plans use.
/// </summary>
internal static class PaginationPlans
{
    private const string Plans = "global::BotoSharp.Paginators.";

    /// <summary>The plan expression (lazily stored in its static field) for <paramref name="p"/>, indented by <paramref name="indent"/>.</summary>
    public static string Plan(PaginatorSpec p, string shapeValues, string indent)
    {
        var plan = p.Plan!;
        var inner = indent + "    ";
        var b = new StringBuilder();
        b.Append(plan.FieldName).Append(" ??= new(\n");
        b.Append(inner).Append("static r => r.CopyForPaging(),\n");
        b.Append(inner).Append("[\n");
        foreach (var token in plan.Tokens)
        {
            b.Append(inner).Append("    new(").Append(ModelBuilder.Literal(token.Input.Expression)).Append(", ").Append(ModelBuilder.Literal(token.Output.Expression)).Append(",\n")
                .Append(inner).Append("        static page => ").Append(RuntimeValue(token.Output, "page", shapeValues)).Append(",\n")
                .Append(inner).Append("        static r => ").Append(RuntimeValue(token.Input, "r", shapeValues)).Append(",\n")
                .Append(inner).Append("        static (r, v) => ").Append(Set(token.Input, "r", Conversions.Read(token.Input.Value, "v", shapeValues))).Append("),\n");
        }
        b.Append(inner).Append("],\n");
        b.Append(inner).Append("[\n");
        foreach (var key in plan.ResultKeys)
        {
            b.Append(inner).Append("    ").Append(ResultKey(key, p.OutputType)).Append(",\n");
        }
        b.Append(inner).Append("])\n");
        b.Append(indent).Append("{\n");
        if (plan.LimitKey is { } limit)
        {
            var size = limit.Value.Kind == ValueKind.String ? "size.ToString(global::System.Globalization.CultureInfo.InvariantCulture)" : "size";
            b.Append(inner).Append("LimitKey = ").Append(ModelBuilder.Literal(limit.Expression)).Append(",\n")
                .Append(inner).Append("SetLimit = static (r, size) => ").Append(Set(limit, "r", size)).Append(",\n");
        }
        if (plan.MoreResults is { } more)
        {
            b.Append(inner).Append("MoreResults = ").Append(ModelBuilder.Literal(more.Expression)).Append(",\n")
                .Append(inner).Append("ReadMoreResults = static page => ").Append(RuntimeValue(more, "page", shapeValues)).Append(",\n");
        }
        if (!plan.NonAggregateKeys.IsEmpty)
        {
            b.Append(inner).Append("NonAggregateKeys = [").Append(string.Join(", ", plan.NonAggregateKeys.Select(k => ModelBuilder.Literal(k.Expression)))).Append("],\n")
                .Append(inner).Append("CopyNonAggregateKeys = static (from, to) =>\n")
                .Append(inner).Append("{\n");
            foreach (var key in plan.NonAggregateKeys)
            {
                b.Append(inner).Append("    ").Append(Set(key, "to", Get(key, "from"))).Append(";\n");
            }
            b.Append(inner).Append("},\n");
        }
        if (plan.NextToken is { } next)
        {
            b.Append(inner).Append("SetNextToken = static (page, token) => ").Append(Set(next, "page", "token")).Append(",\n");
        }
        return b.Append(indent).Append('}').ToString();
    }

    /// <summary>
    /// One partial part per input type a plan pages: a member-wise copy, which the paginator sets each page's token
    /// on so the caller's request stays as it was (<c>MemberwiseClone</c> is only reachable from the type itself).
    /// </summary>
    public static string Copies(EquatableArray<PaginatorSpec> paginators)
    {
        var b = new StringBuilder();
        foreach (var type in paginators.Where(p => p.Plan is not null).Select(p => p.InputType!).Distinct().OrderBy(t => t, System.StringComparer.Ordinal))
        {
            b.Append("\npartial class ").Append(type).Append("\n{\n")
                .Append("    /// <summary>A member-wise copy for a typed paginator, which sets each page's token on the copy.</summary>\n")
                .Append("    internal ").Append(type).Append(" CopyForPaging() => (").Append(type).Append(")MemberwiseClone();\n}\n");
        }
        return b.ToString();
    }

    private static string ResultKey(PlanPathSpec key, string outputType)
    {
        var path = ModelBuilder.Literal(key.Expression);
        var get = "static page => " + Get(key, "page");
        return key.Value.Kind switch
        {
            ValueKind.List => $"{Plans}TypedResultKey.List<{outputType}, {ModelBuilder.ElementType(key.Value.Element!)}>({path}, {get}, static (page, value) => {Set(key, "page", "value")})",
            ValueKind.String => $"{Plans}TypedResultKey.Text<{outputType}>({path}, {get}, static (page, value) => {Set(key, "page", "value")})",
            ValueKind.Int32 => $"{Plans}TypedResultKey.Integer<{outputType}>({path}, {get}, static (page, value) => {Set(key, "page", "(int?)value")})",
            _ => $"{Plans}TypedResultKey.Integer<{outputType}>({path}, {get}, static (page, value) => {Set(key, "page", "value")})",
        };
    }

    // The member's value in the runtime value convention (strings, long, dictionaries…), null when absent.
    private static string RuntimeValue(PlanPathSpec path, string target, string shapeValues)
    {
        var get = Get(path, target);
        var converted = Conversions.Write(path.Value, "v", shapeValues);
        return converted == "v" ? get : $"{get} is {{ }} v ? (object){converted} : null";
    }

    // page.A?.B: null when a structure on the way is absent, as JMESPath gives null.
    private static string Get(PlanPathSpec path, string target) =>
        target + "." + string.Join("?.", path.Steps.Select(s => s.PropertyName));

    // (page.A ??= new A()).B = value: structures on the way are created, as botocore's set_value_from_jmespath does.
    private static string Set(PlanPathSpec path, string target, string value)
    {
        var expression = target;
        for (int i = 0; i < path.Steps.Count - 1; i++)
        {
            expression = $"({expression}.{path.Steps[i].PropertyName} ??= new {path.Steps[i].Value.TypeName}())";
        }
        return $"{expression}.{path.Steps[path.Steps.Count - 1].PropertyName} = {value}";
    }
}
