using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BotoSharp.Generator.Diagnostics;

namespace BotoSharp.Generator.Model;

/// <summary>
/// The fully qualified client a service generates. Two services in one project that map to the same client (same
/// namespace and service id) would declare every type twice; that collision has no deterministic fix, so it is BOTO104.
/// </summary>
internal sealed record ServiceIdentity(string ServiceName, string QualifiedClient, string FilePath)
{
    public static ServiceIdentity? Of(ModelResult result) => result.Spec is null
        ? null
        : new ServiceIdentity(result.Spec.ServiceName, result.Spec.Namespace + "." + result.Spec.ClientName, result.FilePath);

    /// <summary>BOTO104 for every service after the first (by service name) that claims an already generated client.</summary>
    public static EquatableArray<DiagnosticInfo> Collisions(ImmutableArray<ServiceIdentity?> services)
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var group in services.Where(s => s is not null).Select(s => s!).GroupBy(s => s.QualifiedClient, StringComparer.Ordinal))
        {
            foreach (var duplicate in group.OrderBy(s => s.ServiceName, StringComparer.Ordinal).Skip(1))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.NameCollision, LocationInfo.FileStart(duplicate.FilePath), duplicate.QualifiedClient, duplicate.ServiceName));
            }
        }
        return EquatableArray.From(diagnostics);
    }
}
