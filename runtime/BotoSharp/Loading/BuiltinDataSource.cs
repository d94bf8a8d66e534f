using System.Text.Json.Nodes;

namespace BotoSharp.Loading;

/// <summary>
/// The loader's last search location, standing in for botocore's package <c>data/</c> folder: the non-service files
/// embedded in the runtime (<see cref="EmbeddedData"/>) and the models compiled into loaded assemblies
/// (<see cref="CompiledModelRegistry"/>), addressed by the same logical paths (<c>s3/2006-03-01/service-2</c>).
/// The models of the services credential providers call (STS, SSO, SSO OIDC, sign-in) are embedded too.
/// </summary>
internal sealed class BuiltinDataSource
{
    private readonly Func<IReadOnlyList<CompiledServiceModel>> _compiledModels;

    /// <summary>Creates the source over <paramref name="compiledModels"/> (default: <see cref="CompiledModelRegistry.All"/>).</summary>
    public BuiltinDataSource(Func<IReadOnlyList<CompiledServiceModel>>? compiledModels = null) =>
        _compiledModels = compiledModels ?? (() => CompiledModelRegistry.All);

    /// <summary>The prefix of the pseudo file path reported for built-in data.</summary>
    public const string PathPrefix = "builtin:";

    /// <summary>Services with a compiled or embedded <paramref name="typeName"/> file.</summary>
    public IEnumerable<string> ListServices(string typeName) =>
        _compiledModels().Where(m => JsonFor(m, typeName) is not null).Select(m => m.ServiceName)
            .Concat(EmbeddedData.CredentialServices.Where(s => EmbeddedData.Contains($"{s.Service}/{s.ApiVersion}/{typeName}")).Select(s => s.Service));

    /// <summary>API versions of <paramref name="serviceName"/> with a compiled or embedded <paramref name="typeName"/> file.</summary>
    public IEnumerable<string> ListApiVersions(string serviceName, string typeName) =>
        _compiledModels().Where(m => m.ServiceName == serviceName && JsonFor(m, typeName) is not null).Select(m => m.ApiVersion)
            .Concat(EmbeddedData.CredentialServices.Where(s => s.Service == serviceName && EmbeddedData.Contains($"{s.Service}/{s.ApiVersion}/{typeName}"))
                .Select(s => s.ApiVersion));

    /// <summary>A fresh parse of the built-in file for a logical path, or null when there is none.</summary>
    public JsonObject? TryLoad(string name)
    {
        if (EmbeddedData.Contains(name))
        {
            return JsonFileLoader.Parse(PathPrefix + name, () => EmbeddedData.ReadText(name));
        }
        var parts = name.Split('/');
        if (parts.Length != 3)
        {
            return null;
        }
        var model = _compiledModels().FirstOrDefault(m => m.ServiceName == parts[0] && m.ApiVersion == parts[1]);
        var json = model is null ? null : JsonFor(model, parts[2]);
        return json is null ? null : JsonFileLoader.Parse(PathPrefix + name, json);
    }

    private static Func<string>? JsonFor(CompiledServiceModel model, string typeName) => typeName switch
    {
        "service-2" => model.ServiceJson,
        "paginators-1" => model.PaginatorsJson,
        "waiters-2" => model.WaitersJson,
        _ => null,
    };
}
