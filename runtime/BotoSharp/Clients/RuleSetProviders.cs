using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using BotoSharp.Endpoints;
using BotoSharp.Errors;
using BotoSharp.Loading;

namespace BotoSharp.Clients;

/// <summary>
/// The <see cref="EndpointProvider"/> of a client's rule set, found as botocore's <c>ClientCreator</c> loads it
/// (the loader's <c>endpoint-rule-set-1</c> first, so a user's data path wins; else the compiled-in one). A built-in
/// rule set (embedded or compiled) is read once per process from its shared parse and its provider shared by every
/// client; a rule set from a data path on disk gets one provider per loaded document.
/// </summary>
internal static class RuleSetProviders
{
    private const string TypeName = "endpoint-rule-set-1";

    private static readonly ConcurrentDictionary<string, Lazy<EndpointProvider>> s_embedded = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<CompiledServiceModel, EndpointProvider> s_compiled = new();
    private static readonly ConditionalWeakTable<JsonObject, EndpointProvider> s_fromDisk = new();
    private static readonly Lazy<string> s_partitionsText = new(() => EmbeddedData.ReadText("partitions"));

    /// <summary>The provider for the service's rule set, or null when it has none (legacy endpoints only).</summary>
    public static EndpointProvider? Find(Loader loader, string serviceName, string apiVersion, CompiledServiceModel? compiled)
    {
        var loaded = OnDataPath(loader, serviceName, apiVersion);
        if (loaded is null)
        {
            return compiled is not null && compiled.HasDocument(TypeName)
                ? s_compiled.TryGetValue(compiled, out var known) ? known : s_compiled.GetValue(compiled, model => new EndpointProvider(model.Document(TypeName)!.Value))
                : null;
        }
        var name = $"{serviceName}/{apiVersion}/{TypeName}";
        if (loader.IsBuiltinPath(loader.LoadDataWithPath(name).Path))
        {
            return s_embedded.GetOrAdd(name, n => new Lazy<EndpointProvider>(() => new EndpointProvider(EmbeddedData.Document(n)))).Value;
        }
        // A data-path file is the loader's own mutable document: rare (a user's ~/.aws/models), so it goes through text.
        return s_fromDisk.GetValue(loaded, json => new EndpointProvider(json.ToJsonString(), s_partitionsText.Value));
    }

    // The loader's rule set, or null when it has none (checked first: the miss is the common case, and cheap this way).
    private static JsonObject? OnDataPath(Loader loader, string serviceName, string apiVersion)
    {
        if (!loader.ListsService(TypeName, serviceName))
        {
            return null;
        }
        try
        {
            return loader.LoadServiceModel(serviceName, TypeName, apiVersion);
        }
        catch (DataNotFoundError)
        {
            return null;
        }
    }
}
