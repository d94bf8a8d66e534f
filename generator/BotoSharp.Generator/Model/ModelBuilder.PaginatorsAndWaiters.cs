using System;
using System.Collections.Generic;
using System.Linq;

namespace BotoSharp.Generator.Model;

/// <summary>The typed paginators and waiters: one method per paginator / waiter whose operation the model has.</summary>
internal sealed partial class ModelBuilder
{
    private static PaginatorSpec[] BuildPaginators(IEnumerable<Parse.RawPaginatorRef> paginators, OperationSpec[] operations, IEnumerable<StructureSpec> structures)
    {
        var byName = operations.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var all = structures.GroupBy(s => s.TypeName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var outputs = structures.Where(s => s.IsOutput).ToDictionary(s => s.TypeName, StringComparer.Ordinal);
        var methods = new HashSet<string>(StringComparer.Ordinal);
        return paginators
            .Where(p => byName.ContainsKey(p.Operation.Name))
            .GroupBy(p => p.Operation.Name, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(p => p.Operation.Name, StringComparer.Ordinal)
            .Select(p =>
            {
                var op = byName[p.Operation.Name];
                var items = ItemsMember(p.PrimaryResultKey, outputs.TryGetValue(op.OutputType, out var output) ? output : null);
                var method = Naming.Unique(Naming.Pascal(op.Name, "Operation"), "Pages", methods);
                return new PaginatorSpec(
                    method,
                    op.Name,
                    op.InputType,
                    op.OutputType,
                    op.Obsolete,
                    items?.PropertyName,
                    items is null ? null : ElementType(items.Value.Element!),
                    BuildPlan(p.Config, op, method, all));
            })
            .ToArray();
    }

    // The output's list member named by the paginator's primary, plain result key: its elements are the typed items
    // (not a deprecated member: reading it would put an obsolete warning into the user's build).
    private static MemberSpec? ItemsMember(string? resultKey, StructureSpec? output) =>
        resultKey is null || output is null
            ? null
            : output.Members.FirstOrDefault(m => m.WireName == resultKey && m.Obsolete is null && m.Value.Kind == ValueKind.List && m.Value.Element is not null);

    private static WaiterSpec[] BuildWaiters(IEnumerable<Parse.RawWaiterRef> waiters, OperationSpec[] operations)
    {
        var byName = operations.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var methods = new HashSet<string>(StringComparer.Ordinal);
        return waiters
            .Where(w => byName.ContainsKey(w.Operation.Name))
            .OrderBy(w => w.Waiter, StringComparer.Ordinal)
            .Select(w => new WaiterSpec(
                Naming.Unique(Naming.Pascal(w.Waiter, "Waiter") + "Async", "Waiter", methods),
                w.Waiter,
                w.Operation.Name,
                byName[w.Operation.Name].InputType,
                w.Delay,
                w.MaxAttempts,
                byName[w.Operation.Name].Obsolete))
            .ToArray();
    }
}
