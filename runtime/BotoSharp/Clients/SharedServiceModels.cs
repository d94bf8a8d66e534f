using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotoSharp.Loading;
using BotoSharp.Models;

namespace BotoSharp.Clients;

/// <summary>
/// One <see cref="ServiceModel"/> per built-in service document per process, for clients whose session's loader has
/// not made its own object of that document yet (<see cref="Loader.UntouchedServiceModel"/>): such a client's model
/// could only ever equal the shared parse, so its operation models, shapes and the caches hung on them (typed
/// readers' member tables, error codes) are built once for every client instead of once per client.
/// </summary>
internal static class SharedServiceModels
{
    private static readonly ConditionalWeakTable<object, ServiceModel> s_models = new();

    /// <summary>
    /// The shared model of the document <paramref name="owner"/> owns, built over a node of this table's own (never a
    /// loader's object, so no session's edits reach it) on first use.
    /// </summary>
    public static ServiceModel For(object owner, JsonElement document, string serviceName) =>
        // Looked up first so a client of a known model allocates no callback.
        s_models.TryGetValue(owner, out var known) ? known : s_models.GetValue(owner, _ =>
        {
            var model = new ServiceModel(JsonObject.Create(document)!, serviceName);
            model.UseEndpointDiscoveryTraits(EndpointDiscoveryTraits.Read(document));
            return model;
        });
}
