using System.Collections.Concurrent;

namespace BotoSharp.Loading;

/// <summary>
/// The process-wide list of models compiled into loaded assemblies. Generated module initializers call
/// <see cref="Register"/>; the loader consults it after the data paths on disk.
/// </summary>
public static class CompiledModelRegistry
{
    private static readonly ConcurrentDictionary<(string Service, string Version), CompiledServiceModel> s_models = new();

    /// <summary>Adds a compiled model; a second registration of the same service and version keeps the first.</summary>
    public static void Register(CompiledServiceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        s_models.TryAdd((model.ServiceName, model.ApiVersion), model);
    }

    /// <summary>Every registered model, sorted by service name then API version.</summary>
    public static IReadOnlyList<CompiledServiceModel> All =>
        s_models.Values.OrderBy(m => m.ServiceName, StringComparer.Ordinal).ThenBy(m => m.ApiVersion, StringComparer.Ordinal).ToList();

    /// <summary>The newest registered version of <paramref name="serviceName"/> (or exactly <paramref name="apiVersion"/>), or null.</summary>
    public static CompiledServiceModel? Find(string serviceName, string? apiVersion = null) =>
        s_models.Values
            .Where(m => m.ServiceName == serviceName && (apiVersion is null || m.ApiVersion == apiVersion))
            .OrderByDescending(m => m.ApiVersion, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>The compiled model whose typed client is <paramref name="clientType"/>, or null.</summary>
    public static CompiledServiceModel? FindByClientType(Type clientType) =>
        s_models.Values.FirstOrDefault(m => m.ClientType == clientType);
}
