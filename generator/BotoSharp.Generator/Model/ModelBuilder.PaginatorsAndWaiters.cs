using System;
using System.Collections.Generic;
using System.Linq;

namespace BotoSharp.Generator.Model;

/// <summary>The typed paginators and waiters: one method per paginator / waiter whose operation the model has.</summary>
internal sealed partial class ModelBuilder
{
    private static PaginatorSpec[] BuildPaginators(IEnumerable<string> operationNames, OperationSpec[] operations)
    {
        var byName = operations.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var methods = new HashSet<string>(StringComparer.Ordinal);
        return operationNames
            .Where(byName.ContainsKey)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => byName[n])
            .Select(op => new PaginatorSpec(
                Naming.Unique(Naming.Pascal(op.Name, "Operation"), "Pages", methods),
                op.Name,
                op.InputType,
                op.OutputType,
                op.Obsolete))
            .ToArray();
    }

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
