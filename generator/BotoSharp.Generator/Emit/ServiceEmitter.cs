using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BotoSharp.Generator.Model;
using Scriban.Runtime;

namespace BotoSharp.Generator.Emit;

/// <summary>
/// Renders one service's spec into source files, one per type, hint names <c>{Service}.{Type}.g.cs</c>. It only
/// projects the spec into template models (<c>spec</c>, the external names <c>n</c>) and renders
/// <c>Templates/*.sbn-cs</c>; every name and type printed comes from the spec.
/// </summary>
internal static class ServiceEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(ServiceSpec spec, CancellationToken cancellationToken)
    {
        var names = Names(new ExternalNames(spec.QualifiedNames));
        var header = EmitTemplates.Header.Render(
            new ScriptObject { ["namespace"] = spec.Namespace, ["usings"] = ExternalNames.Usings },
            cancellationToken);
        string Render(EmitTemplate template, object typeSpec, string? extraName = null, object? extra = null, bool withHeader = true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var model = new ScriptObject { ["spec"] = typeSpec, ["n"] = names };
            if (extraName is not null)
            {
                model[extraName] = extra;
            }
            return template.Render(model, cancellationToken, withHeader ? header : string.Empty);
        }
        string Hint(string type) => $"{spec.ServiceName}.{type}.g.cs";

        yield return (Hint(spec.ClientName), Render(EmitTemplates.Client, spec));
        var owners = new EquatableArray<ErrorSpec>(spec.Errors.Where(e => e.OwnsCode).ToArray());
        yield return (Hint(spec.ExceptionsName), Render(EmitTemplates.Exceptions, spec, "owners", owners));
        yield return (Hint(spec.RegistrationName), Render(EmitTemplates.Registration, spec));
        if (spec.HasPaginators)
        {
            yield return (Hint(spec.PaginatorsName), Render(EmitTemplates.Paginators, spec));
        }
        if (spec.HasWaiters)
        {
            yield return (Hint(spec.WaitersName), Render(EmitTemplates.Waiters, spec));
        }
        foreach (var structure in spec.Structures)
        {
            // The typed read and write halves are second and third parts of the partial class, in the same file.
            yield return (Hint(structure.TypeName), Render(EmitTemplates.Structure, structure)
                + "\n" + Render(EmitTemplates.StructureReader, structure, withHeader: false)
                + Render(EmitTemplates.StructureWriter, structure, withHeader: false));
        }
        foreach (var e in spec.Enums)
        {
            yield return (Hint(e.TypeName), Render(EmitTemplates.Enum, e));
        }
        foreach (var error in spec.Errors)
        {
            yield return (Hint(error.TypeName), Render(EmitTemplates.Error, error));
        }
    }

    // The framework/runtime type names as this service must write them (simple, or global::-qualified on collision).
    private static ScriptObject Names(ExternalNames names)
    {
        var result = new ScriptObject();
        foreach (var simple in ExternalNames.Known)
        {
            result[simple] = names[simple];
        }
        return result;
    }
}
