using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Parse;

/// <summary>
/// Reads one service's files into a <see cref="RawService"/>: JSON → nodes → records, sdk-extras merged the way
/// botocore's loader merges them, documentation kept raw (HTML) and a compact copy of each file for embedding.
/// Never throws for bad input: every problem becomes a located diagnostic.
/// </summary>
internal static partial class ServiceParser
{
    public static RawService Parse(ServiceFiles files, CancellationToken cancellationToken)
    {
        try
        {
            return ParseCore(files, cancellationToken);
        }
        catch (System.Exception e) when (e is not System.OperationCanceledException)
        {
            // A model shaped in a way we did not foresee must still not fail the build with CS8785.
            return Invalid(files, new List<DiagnosticInfo>
            {
                DiagnosticInfo.Create(DiagnosticDescriptors.EmitFailed, LocationInfo.FileStart(files.Service.Path), files.ServiceName, e.Message),
            });
        }
    }

    private static RawService ParseCore(ServiceFiles files, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var lines = new LineMap(files.Service.Path, files.Service.Text);
        var root = ReadFile(files.Service, files.ServiceExtras, "service", diagnostics, cancellationToken);
        var metadata = root?.GetObject("metadata");
        var shapesNode = root?.GetObject("shapes");
        var operationsNode = root?.GetObject("operations");
        if (root is not null && (metadata is null || shapesNode is null || operationsNode is null))
        {
            var missing = metadata is null ? "metadata" : shapesNode is null ? "shapes" : "operations";
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.NotAModel,
                lines.Locate(root.Offset, 1),
                files.Service.Path,
                "service-2",
                $"the top-level object has no '{missing}' object"));
            root = null;
        }
        if (root is null)
        {
            return Invalid(files, diagnostics);
        }

        var protocolNode = metadata!.GetProperty("protocol");
        var protocols = metadata.Get("protocols") as JsonArray;
        var protocol = SelectProtocol(metadata.GetString("protocol"), protocols);
        var protocolLocation = protocolNode is not null
            ? lines.Locate(protocolNode.Value.Offset, protocolNode.Value.Length)
            : lines.Locate(metadata.Offset, 1);

        var shapes = shapesNode!.Properties
            .Where(p => p.Value is JsonObject)
            .Select(p => ReadShape(p, lines))
            .ToArray();
        var operations = operationsNode!.Properties
            .Where(p => p.Value is JsonObject)
            .Select(p => ReadOperation(p, lines))
            .ToArray();

        var paginators = files.Paginators is null ? null : ReadFile(files.Paginators, files.PaginatorsExtras, "paginators", diagnostics, cancellationToken);
        var waiters = files.Waiters is null ? null : ReadFile(files.Waiters, files.WaitersExtras, "waiters", diagnostics, cancellationToken);
        // Embedded so a typed client resolves endpoints by its rule set without botocore's data folder at run time.
        var ruleSet = files.EndpointRuleSet is null ? null : ReadFile(files.EndpointRuleSet, null, "endpoint rule set", diagnostics, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        return new RawService(
            files.ServiceName,
            files.ApiVersion,
            files.Service.Path,
            IsValid: true,
            protocol,
            protocolLocation,
            metadata.GetString("serviceId"),
            metadata.GetString("serviceFullName"),
            metadata.GetString("serviceAbbreviation"),
            root.GetString("documentation"),
            new EquatableArray<RawOperation>(operations),
            new EquatableArray<RawShape>(shapes),
            CompactJsonWriter.Write(root),
            paginators is null ? null : CompactJsonWriter.Write(paginators),
            waiters is null ? null : CompactJsonWriter.Write(waiters),
            ruleSet is null ? null : CompactJsonWriter.Write(ruleSet),
            PaginatorOperations(paginators, files.Paginators),
            WaiterOperations(waiters, files.Waiters),
            EquatableArray.From(diagnostics));
    }

    // botocore 1.43 prefers the first entry of "protocols" it supports, then falls back to "protocol".
    private static string? SelectProtocol(string? protocol, JsonArray? protocols)
    {
        if (protocols is not null)
        {
            foreach (var item in protocols.Items)
            {
                if (item is JsonString s && ModelBuilder.KnownProtocols.Contains(s.Value))
                {
                    return s.Value;
                }
            }
            if (protocol is null && protocols.Items.FirstOrDefault() is JsonString first)
            {
                return first.Value;
            }
        }
        return protocol;
    }

    private static JsonObject? ReadFile(ModelFile file, ModelFile? extras, string kind, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var root = ReadObject(file, kind, diagnostics, cancellationToken);
        if (root is null || extras is null)
        {
            return root;
        }
        var extra = ReadObject(extras, kind + " sdk-extras", diagnostics, cancellationToken);
        if (extra?.GetObject("merge") is { } merge)
        {
            Merge(root, merge);
        }
        return root;
    }

    private static JsonObject? ReadObject(ModelFile file, string kind, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        try
        {
            var node = JsonReader.Parse(file.Text, cancellationToken);
            if (node is JsonObject obj)
            {
                return obj;
            }
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.NotAModel, new LineMap(file.Path, file.Text).Locate(node.Offset, node.Length), file.Path, kind, "the top-level value is not an object"));
        }
        catch (JsonSyntaxException e)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidJson, new LineMap(file.Path, file.Text).Locate(e.Offset, e.Offset < file.Text.Length ? 1 : 0), file.Path, e.Message));
        }
        return null;
    }

    // botocore's merge_dicts: objects merge recursively, anything else is replaced.
    private static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var p in source.Properties)
        {
            if (p.Value is JsonObject sourceChild && target.Get(p.Name) is JsonObject targetChild)
            {
                Merge(targetChild, sourceChild);
            }
            else
            {
                target.Set(p.Name, p.Value);
            }
        }
    }

    private static RawService Invalid(ServiceFiles files, List<DiagnosticInfo> diagnostics) => new RawService(
        files.ServiceName,
        files.ApiVersion,
        files.Service.Path,
        IsValid: false,
        null,
        LocationInfo.FileStart(files.Service.Path),
        null,
        null,
        null,
        null,
        EquatableArray<RawOperation>.Empty,
        EquatableArray<RawShape>.Empty,
        "{}",
        null,
        null,
        null,
        EquatableArray<RawPaginatorRef>.Empty,
        EquatableArray<RawWaiterRef>.Empty,
        EquatableArray.From(diagnostics));
}
