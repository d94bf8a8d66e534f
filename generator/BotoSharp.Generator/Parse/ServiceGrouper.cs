using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Parse;

/// <summary>
/// Groups model files into services: files in the same <c>&lt;service&gt;/&lt;api-version&gt;/</c> folder belong
/// together. When one service appears with several service-2 files, the newest API version wins (as botocore's loader
/// picks it) and the others get BOTO103.
/// </summary>
internal static class ServiceGrouper
{
    public static ServiceGroups Group(ImmutableArray<ModelFile> files)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var byFolder = files
            .GroupBy(f => (f.ServiceName, f.ApiVersion, Folder: System.IO.Path.GetDirectoryName(f.Path) ?? string.Empty))
            .ToList();
        var candidates = new List<ServiceFiles>();
        foreach (var folder in byFolder)
        {
            var service = folder.Where(f => f.Kind == ModelFileKind.Service).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            if (service.Count == 0)
            {
                continue;
            }
            ModelFile? Pick(ModelFileKind kind) => folder.Where(f => f.Kind == kind).OrderBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault();
            candidates.Add(new ServiceFiles(
                folder.Key.ServiceName,
                folder.Key.ApiVersion,
                service[0],
                Pick(ModelFileKind.ServiceExtras),
                Pick(ModelFileKind.Paginators),
                Pick(ModelFileKind.PaginatorsExtras),
                Pick(ModelFileKind.Waiters),
                Pick(ModelFileKind.WaitersExtras),
                Pick(ModelFileKind.EndpointRuleSet)));
        }

        var services = new List<ServiceFiles>();
        foreach (var sameName in candidates.GroupBy(c => c.ServiceName, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = sameName
                .OrderByDescending(c => c.ApiVersion, StringComparer.Ordinal)
                .ThenBy(c => c.Service.Path, StringComparer.Ordinal)
                .ToList();
            services.Add(ordered[0]);
            foreach (var ignored in ordered.Skip(1))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateService,
                    LocationInfo.FileStart(ignored.Service.Path),
                    ignored.ServiceName,
                    ordered[0].Service.Path));
            }
        }
        return new ServiceGroups(EquatableArray.From(services), EquatableArray.From(diagnostics));
    }
}
