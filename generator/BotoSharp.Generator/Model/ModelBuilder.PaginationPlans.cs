using System;
using System.Collections.Generic;
using System.Linq;

namespace BotoSharp.Generator.Model;

/// <summary>
/// Compiles a paginator to member access when every expression it uses is a plain member path the typed shapes
/// resolve; any other expression (<c>[]</c>, <c>||</c>, functions, an unknown member, a value kind the typed plan
/// cannot reproduce exactly) leaves it on the runtime JMESPath engine.
/// </summary>
internal sealed partial class ModelBuilder
{
    private const string CopyMethod = "CopyForPaging";

    // Token values cross in the runtime convention; these kinds convert both ways without loss.
    private static readonly HashSet<ValueKind> s_tokenKinds = new() { ValueKind.String, ValueKind.Enum, ValueKind.Int32, ValueKind.Int64, ValueKind.Boolean, ValueKind.Blob, ValueKind.Structure, ValueKind.List, ValueKind.Map };
    private static readonly HashSet<ValueKind> s_scalarResultKinds = new() { ValueKind.String, ValueKind.Int32, ValueKind.Int64 };
    private static readonly HashSet<ValueKind> s_limitKinds = new() { ValueKind.String, ValueKind.Int32, ValueKind.Int64 };

    private static PaginationPlanSpec? BuildPlan(Parse.RawPaginatorConfig? config, OperationSpec op, string methodName, IReadOnlyDictionary<string, StructureSpec> structures)
    {
        if (config is null || op.InputType is null || !structures.TryGetValue(op.InputType, out var input)
            || !structures.TryGetValue(op.OutputType, out var output) || input.Members.Any(m => m.PropertyName == CopyMethod)
            || config.InputTokens.Count == 0 || config.InputTokens.Count != config.OutputTokens.Count || config.ResultKeys.Count == 0)
        {
            return null;
        }
        var tokens = new List<PlanTokenSpec>();
        for (int i = 0; i < config.InputTokens.Count; i++)
        {
            var inputToken = Resolve(config.InputTokens[i], input, structures, topLevelOnly: true);
            var outputToken = Resolve(config.OutputTokens[i], output, structures, topLevelOnly: false);
            if (inputToken is null || outputToken is null || !s_tokenKinds.Contains(inputToken.Value.Kind) || !s_tokenKinds.Contains(outputToken.Value.Kind))
            {
                return null;
            }
            tokens.Add(new PlanTokenSpec(inputToken, outputToken));
        }
        var results = config.ResultKeys.Select(k => Resolve(k, output, structures, topLevelOnly: false)).ToList();
        var nonAggregate = config.NonAggregateKeys.Select(k => Resolve(k, output, structures, topLevelOnly: false)).ToList();
        var limit = config.LimitKey is null ? null : Resolve(config.LimitKey, input, structures, topLevelOnly: true);
        var more = config.MoreResults is null ? null : Resolve(config.MoreResults, output, structures, topLevelOnly: false);
        if (results.Any(r => r is null) || nonAggregate.Any(k => k is null)
            || results[0]!.Value is not { Kind: ValueKind.List, Element: not null }
            || results.Skip(1).Any(r => r!.Value.Kind != ValueKind.List && !s_scalarResultKinds.Contains(r.Value.Kind))
            || (config.LimitKey is not null && (limit is null || !s_limitKinds.Contains(limit.Value.Kind)))
            || (config.MoreResults is not null && (more is null || !s_tokenKinds.Contains(more.Value.Kind)))
            || Overlapping(results.Concat(nonAggregate).Select(p => p!).ToList()))
        {
            return null;
        }
        var nextToken = output.Members.FirstOrDefault(m => m.WireName == "NextToken");
        if (nextToken is not null && nextToken.Value.Kind != ValueKind.String)
        {
            return null;
        }
        return new PaginationPlanSpec(
            "s_" + char.ToLowerInvariant(methodName[0]) + methodName.Substring(1) + "Plan",
            op.MethodName,
            EquatableArray.From(tokens),
            EquatableArray.From(results.Select(r => r!)),
            limit,
            more,
            EquatableArray.From(nonAggregate.Select(k => k!)),
            nextToken is null ? null : new PlanPathSpec("NextToken", EquatableArray.From(new[] { new PlanStepSpec(nextToken.PropertyName, nextToken.Value) })));
    }

    // "A.B" on the structure: each step an unquoted JMESPath identifier naming a member, every step but the last a
    // structure the setter can create (no C# required members). botocore injects input tokens by top-level name.
    private static PlanPathSpec? Resolve(string expression, StructureSpec root, IReadOnlyDictionary<string, StructureSpec> structures, bool topLevelOnly)
    {
        var names = expression.Split('.');
        if ((topLevelOnly && names.Length != 1) || names.Any(n => !IsIdentifier(n)))
        {
            return null;
        }
        var steps = new List<PlanStepSpec>();
        var current = root;
        for (int i = 0; i < names.Length; i++)
        {
            var member = current?.Members.FirstOrDefault(m => m.WireName == names[i]);
            if (member is null || member.Value.Kind is ValueKind.Stream or ValueKind.EventStream or ValueKind.Document)
            {
                return null;
            }
            steps.Add(new PlanStepSpec(member.PropertyName, member.Value));
            if (i < names.Length - 1)
            {
                if (member.Value.Kind != ValueKind.Structure || !structures.TryGetValue(member.Value.TypeName, out var next) || next.HasRequiredMembers)
                {
                    return null;
                }
                current = next;
            }
        }
        return new PlanPathSpec(expression, EquatableArray.From(steps));
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => c == '_' || (c < 128 && char.IsLetterOrDigit(c)));

    // A path equal to or inside another (result keys, non-aggregate keys) would make botocore's dictionary merge order
    // matter; such paginators stay on the runtime engine.
    private static bool Overlapping(IReadOnlyList<PlanPathSpec> paths) =>
        paths.Any(a => paths.Any(b => !ReferenceEquals(a, b) && (a.Expression == b.Expression || b.Expression.StartsWith(a.Expression + ".", StringComparison.Ordinal))));
}
