using System.Collections.Generic;
using System.Threading;
using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Emit;

/// <summary>Renders one service's spec into source files, one per type, hint names <c>{Service}.{Type}.g.cs</c>.</summary>
internal static class ServiceEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(ServiceSpec spec, CancellationToken cancellationToken)
    {
        var names = new ExternalNames(spec.QualifiedNames);
        string Render(System.Action<CodeWriter> body)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var w = new CodeWriter().Header(spec.Namespace, ExternalNames.Usings);
            body(w);
            return w.ToString();
        }
        string Hint(string type) => $"{spec.ServiceName}.{type}.g.cs";

        yield return (Hint(spec.ClientName), Render(w => ClientEmitter.Emit(w, spec, names)));
        yield return (Hint(spec.ExceptionsName), Render(w => ClientEmitter.EmitExceptions(w, spec, names)));
        yield return (Hint(spec.RegistrationName), Render(w => RegistrationEmitter.Emit(w, spec, names)));
        foreach (var structure in spec.Structures)
        {
            yield return (Hint(structure.TypeName), Render(w => StructureEmitter.Emit(w, structure, names)));
        }
        foreach (var e in spec.Enums)
        {
            yield return (Hint(e.TypeName), Render(w => EnumEmitter.Emit(w, e, names)));
        }
        foreach (var error in spec.Errors)
        {
            yield return (Hint(error.TypeName), Render(w => ErrorEmitter.Emit(w, error, names)));
        }
    }
}
