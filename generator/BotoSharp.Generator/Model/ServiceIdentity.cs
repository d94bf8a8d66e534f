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
    public static EquatableArray<DiagnosticInfo> Collisions(ImmutableArray<ServiceIdentity?> services) =>
        EquatableArray.From(Duplicates(services).Select(duplicate => DiagnosticInfo.Create(
            DiagnosticDescriptors.NameCollision, LocationInfo.FileStart(duplicate.FilePath), duplicate.QualifiedClient, duplicate.ServiceName)));

    /// <summary>The services BOTO104 names: they emit nothing, since every type they declare is already declared.</summary>
    public static EquatableArray<string> CollidingServices(ImmutableArray<ServiceIdentity?> services) =>
        EquatableArray.From(Duplicates(services).Select(duplicate => duplicate.ServiceName));

    private static IEnumerable<ServiceIdentity> Duplicates(ImmutableArray<ServiceIdentity?> services) =>
        services.Where(s => s is not null).Select(s => s!)
            .GroupBy(s => s.QualifiedClient, StringComparer.Ordinal)
            .SelectMany(group => group.OrderBy(s => s.ServiceName, StringComparer.Ordinal).Skip(1));
}
