using System.Text;
using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Emit;

/// <summary>
/// Prints the module initializer that registers the compiled model, with the compact JSON embedded as UTF-8 literals
/// (stored as static data, outside the 16 MB user-string heap that ordinary string literals share).
/// </summary>
internal static class RegistrationEmitter
{
    public static void Emit(CodeWriter w, ServiceSpec spec, ExternalNames names)
    {
        w.Doc($"<summary>Registers the compiled <c>{spec.ServiceName}</c> model ({spec.ApiVersion}) when the assembly loads.</summary>");
        w.Open($"internal static class {spec.RegistrationName}");
        w.Doc("<summary>Adds the model to the registry the session's loader reads.</summary>");
        w.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
        w.Line($"internal static void Register() => {names["CompiledModelRegistry"]}.Register(new {names["CompiledServiceModel"]}");
        w.Line("{");
        w.Indent();
        w.Line($"ServiceName = {ModelBuilder.Literal(spec.ServiceName)},");
        w.Line($"ApiVersion = {ModelBuilder.Literal(spec.ApiVersion)},");
        w.Line($"ClientType = typeof({spec.ClientName}),");
        w.Line("ServiceJson = () => global::System.Text.Encoding.UTF8.GetString(ServiceModel),");
        if (spec.CompactPaginators is not null)
        {
            w.Line("PaginatorsJson = () => global::System.Text.Encoding.UTF8.GetString(PaginatorsModel),");
        }
        if (spec.CompactWaiters is not null)
        {
            w.Line("WaitersJson = () => global::System.Text.Encoding.UTF8.GetString(WaitersModel),");
        }
        if (spec.CompactEndpointRuleSet is not null)
        {
            w.Line("EndpointRuleSetJson = () => global::System.Text.Encoding.UTF8.GetString(EndpointRuleSetModel),");
        }
        w.Line($"CreateClient = pipeline => new {spec.ClientName}(pipeline),");
        w.Line($"CreateError = {spec.ExceptionsName}.Create,");
        w.Outdent();
        w.Line("});");
        Data(w, "ServiceModel", spec.CompactService, names);
        if (spec.CompactPaginators is not null)
        {
            Data(w, "PaginatorsModel", spec.CompactPaginators, names);
        }
        if (spec.CompactWaiters is not null)
        {
            Data(w, "WaitersModel", spec.CompactWaiters, names);
        }
        if (spec.CompactEndpointRuleSet is not null)
        {
            Data(w, "EndpointRuleSetModel", spec.CompactEndpointRuleSet, names);
        }
        w.Close();
    }

    private static void Data(CodeWriter w, string name, string json, ExternalNames names)
    {
        w.Line();
        w.Line($"private static {names["ReadOnlySpan"]}<byte> {name} => {Utf8Literal(json)}u8;");
    }

    private static string Utf8Literal(string json)
    {
        var builder = new StringBuilder(json.Length + 16);
        builder.Append(ModelBuilder.Literal(json));
        return builder.ToString();
    }
}
