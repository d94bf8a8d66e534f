using System.Linq;
using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Emit;

/// <summary>Prints the client: constructors, the exceptions surface, static operation metadata and one method per operation.</summary>
internal static class ClientEmitter
{
    public static void Emit(CodeWriter w, ServiceSpec spec, ExternalNames names)
    {
        var task = names["Task"];
        var ct = names["CancellationToken"];
        w.Summary(spec.Docs);
        w.Open($"public partial class {spec.ClientName} : {names["BaseClient"]}");
        foreach (var op in spec.Operations)
        {
            w.Line($"private static readonly {names["OperationMetadata"]} {op.MetadataField} = new()");
            w.Line("{");
            w.Indent();
            foreach (var entry in op.Metadata)
            {
                w.Line($"{entry.Property} = {entry.Literal},");
            }
            w.Outdent();
            w.Line("};");
            w.Line();
        }
        w.Doc("<summary>For mocking frameworks: a client with no pipeline, whose virtual operations are overridden.</summary>");
        w.Open($"protected {spec.ClientName}()");
        w.Close();
        w.Line();
        w.Doc("<summary>Creates a client that sends its operations through <paramref name=\"pipeline\"/>.</summary>");
        w.Doc("<param name=\"pipeline\">The runtime call path (or a fake in tests).</param>");
        w.Line($"public {spec.ClientName}({names["IClientPipeline"]} pipeline)");
        w.Line("    : base(pipeline)");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Doc($"<summary>The service's modeled errors, as botocore's <c>client.exceptions</c>.</summary>");
        w.Line($"public {spec.ExceptionsName} Exceptions => {spec.ExceptionsName}.Instance;");

        foreach (var op in spec.Operations)
        {
            var output = op.OutputType;
            w.Line();
            w.Summary(op.Docs);
            if (op.InputType is not null)
            {
                w.Doc("<param name=\"request\">The operation's input.</param>");
            }
            w.Doc("<param name=\"cancellationToken\">Cancels the call, including any retry wait.</param>");
            w.Doc("<returns>The operation's output.</returns>");
            foreach (var error in op.ErrorTypes)
            {
                w.Doc($"<exception cref=\"{error}\">The service answered with the <c>{error}</c> error.</exception>");
            }
            w.Obsolete(op.Obsolete, names["Obsolete"]);
            if (op.InputType is null)
            {
                w.Line($"public virtual {task}<{output}> {op.MethodName}({ct} cancellationToken = default) =>");
                w.Line($"    base.InvokeAsync<{output}>({op.MetadataField}, {names["EmptyRequest"]}.Instance, cancellationToken);");
                continue;
            }
            w.Line($"public virtual {task}<{output}> {op.MethodName}({op.InputType} request, {ct} cancellationToken = default) =>");
            w.Line($"    base.InvokeAsync<{output}>({op.MetadataField}, request, cancellationToken);");
            if (op.HasParameterlessOverload)
            {
                w.Line();
                w.Doc($"<summary>Calls <see cref=\"{op.MethodName}({op.InputType}, {ct})\"/> with an empty <see cref=\"{op.InputType}\"/> (it has no required members).</summary>");
                w.Doc("<param name=\"cancellationToken\">Cancels the call, including any retry wait.</param>");
                w.Doc("<returns>The operation's output.</returns>");
                w.Obsolete(op.Obsolete, names["Obsolete"]);
                w.Line($"public virtual {task}<{output}> {op.MethodName}({ct} cancellationToken = default) =>");
                w.Line($"    {op.MethodName}(new {op.InputType}(), cancellationToken);");
            }
        }
        w.Close();
    }

    /// <summary>The exceptions surface: one <c>Type</c> per error and the code → exception factory the runtime calls.</summary>
    public static void EmitExceptions(CodeWriter w, ServiceSpec spec, ExternalNames names)
    {
        w.Doc($"<summary>The modeled errors of {spec.ClientName}, as botocore's <c>client.exceptions</c>: catch the types, or map a code with <see cref=\"Create\"/>.</summary>");
        w.Open($"public sealed class {spec.ExceptionsName}");
        w.Open($"private {spec.ExceptionsName}()");
        w.Close();
        w.Line();
        w.Doc("<summary>The shared instance returned by the client's <c>Exceptions</c> property.</summary>");
        w.Line($"public static {spec.ExceptionsName} Instance {{ get; }} = new();");
        foreach (var error in spec.Errors)
        {
            w.Line();
            w.Doc($"<summary>The <see cref=\"{error.TypeName}\"/> exception type (error code <c>{Documentation.Escape(error.Code)}</c>).</summary>");
            w.Line($"public {names["Type"]} {error.ExceptionsProperty} => typeof({error.TypeName});");
        }
        w.Line();
        w.Doc("<summary>Creates the modeled exception for <paramref name=\"code\"/>, or returns null for a code the model does not declare.</summary>");
        w.Doc("<param name=\"code\">The error code from the response.</param>");
        w.Doc("<param name=\"response\">The parsed error response.</param>");
        w.Doc("<param name=\"operationName\">The operation that failed.</param>");
        w.Doc("<returns>The exception, or null.</returns>");
        var owners = spec.Errors.Where(e => e.OwnsCode).ToList();
        var signature = $"public static {names["ClientError"]}? Create(string code, {names["IReadOnlyDictionary"]}<string, object?> response, string operationName)";
        if (owners.Count == 0)
        {
            w.Line(signature + " => null;");
        }
        else
        {
            w.Line(signature + " => code switch");
            w.Line("{");
            w.Indent();
            foreach (var error in owners)
            {
                w.Line($"{ModelBuilder.Literal(error.Code)} => new {error.TypeName}(response, operationName),");
            }
            w.Line("_ => null,");
            w.Outdent();
            w.Line("};");
        }
        w.Close();
    }
}
