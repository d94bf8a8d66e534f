using System;
using System.Collections.Immutable;
using System.Linq;
using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Emit;
using BotoSharp.Generator.Model;
using BotoSharp.Generator.Parse;
using Microsoft.CodeAnalysis;

namespace BotoSharp.Generator;

/// <summary>
/// Generates typed BotoSharp clients from botocore models passed as AdditionalFiles
/// (<c>&lt;service&gt;/&lt;api-version&gt;/service-2.json</c>, <c>paginators-1.json</c>, <c>waiters-2.json</c>, their sdk-extras, and <c>endpoint-rule-set-1.json</c>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class BotoSharpGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Originals: the model files as written (path, text, service-name override); diagnostics are located in these.
        var originals = context.AdditionalTextsProvider
            .Where(static text => ModelFile.KindOf(text.Path) is not null)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => new ModelFile(
                pair.Left.Path.Replace('\\', '/'),
                pair.Left.GetText(ct)?.ToString() ?? string.Empty,
                pair.Right.GetOptions(pair.Left).TryGetValue("build_metadata.AdditionalFiles.BotoSharpServiceName", out var name) ? name : null))
            .WithTrackingName(TrackingNames.Originals);

        // Files: the same files with insignificant whitespace removed, so a whitespace edit changes nothing downstream.
        var files = originals
            .Select(static (file, _) => file with { Text = JsonCanonicalizer.Canonicalize(file.Text) })
            .WithTrackingName(TrackingNames.Files);

        // Groups: files grouped per service folder; duplicates resolved as botocore's loader does.
        var groups = files.Collect()
            .Select(static (all, _) => ServiceGrouper.Group(all))
            .WithTrackingName(TrackingNames.Groups);

        // Services: one item per service, sorted by name, so each service is parsed and rendered on its own.
        var services = groups
            .SelectMany(static (g, _) => g.Services)
            .WithTrackingName(TrackingNames.Services);

        // Options: the namespace template from MSBuild.
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => new GeneratorOptions(
                provider.GlobalOptions.TryGetValue("build_property.BotoSharpNamespace", out var ns) && !string.IsNullOrWhiteSpace(ns)
                    ? ns
                    : GeneratorOptions.DefaultNamespaceTemplate))
            .WithTrackingName(TrackingNames.Options);

        // Parse: JSON → located raw records (never throws; bad files become diagnostics).
        var parsed = services
            .Select(static (files, ct) => ServiceParser.Parse(files, ct))
            .WithTrackingName(TrackingNames.Parse);

        // Model: raw records → a spec with every C# name decided, plus model diagnostics.
        var models = parsed
            .Combine(options)
            .Select(static (pair, ct) => ModelBuilder.Build(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.Model);

        // Specs: the location-free projection sources are rendered from, so a whitespace edit re-renders nothing.
        var specs = models
            .Select(static (result, _) => result.Spec)
            .WithTrackingName(TrackingNames.Specs);

        // Clients: services that would generate the same client collide (BOTO104).
        var identities = models
            .Select(static (result, _) => ServiceIdentity.Of(result))
            .Collect();
        var collisions = identities
            .Select(static (all, _) => ServiceIdentity.Collisions(all))
            .WithTrackingName(TrackingNames.Clients);

        // Emitted: every spec except those of colliding services, whose types would all be declared twice (the
        // diagnostic alone says what is wrong, instead of hundreds of CS errors after it).
        var emitted = specs
            .Combine(identities.Select(static (all, _) => ServiceIdentity.CollidingServices(all)))
            .Select(static (pair, _) => pair.Left is { } spec && pair.Right.Contains(spec.ServiceName) ? null : pair.Left)
            .WithTrackingName(TrackingNames.Emitted);

        // Diagnostics: their own output, from grouping and from every service, located in the files as written.
        var diagnostics = models
            .Select(static (result, _) => result.Diagnostics)
            .Collect()
            .Combine(groups)
            .Combine(collisions)
            .Combine(originals.Collect())
            .Select(static (pair, _) => DiagnosticLocator.Locate(
                pair.Left.Left.Right.Diagnostics.Concat(pair.Left.Left.Left.SelectMany(d => d)).Concat(pair.Left.Right),
                pair.Right))
            .WithTrackingName(TrackingNames.Diagnostics);

        // Emit: one source per generated type.
        context.RegisterSourceOutput(emitted, static (spc, spec) => Emit(spc, spec));
        context.RegisterSourceOutput(diagnostics, static (spc, all) =>
        {
            foreach (var diagnostic in all)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    private static void Emit(SourceProductionContext context, ServiceSpec? spec)
    {
        if (spec is null)
        {
            return;
        }
        if (EmitTemplates.Broken.Count > 0)
        {
            // A template that does not parse is a defect of this build of the generator: say which, emit nothing.
            foreach (var template in EmitTemplates.Broken)
            {
                context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.BrokenTemplate, null, template.Name, template.Error!).ToDiagnostic());
            }
            return;
        }
        try
        {
            foreach (var (hintName, source) in ServiceEmitter.Emit(spec, context.CancellationToken))
            {
                context.AddSource(hintName, source);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The generator never fails the build with CS8785: an emit bug is reported against the service.
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.EmitFailed, null, spec.ServiceName, e.Message).ToDiagnostic());
        }
    }
}
