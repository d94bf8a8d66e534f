using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotoSharp.Loading;

/// <summary>
/// The loader's last search location, standing in for botocore's package <c>data/</c> folder: the non-service files
/// embedded in the runtime (<see cref="EmbeddedData"/>) and the models compiled into loaded assemblies
/// (<see cref="CompiledModelRegistry"/>), addressed by the same logical paths (<c>s3/2006-03-01/service-2</c>).
/// The models of the services credential providers call (STS, SSO, SSO OIDC, sign-in) are embedded too.
/// Both are parsed once per process; each load is a new lazily materialized <see cref="JsonObject"/> over that
/// parse, so a loader's (a session's) edits stay its own, as botocore's per-loader parse does.
/// </summary>
internal sealed class BuiltinDataSource
{
    // The registry's listings, sorted, for the registry snapshot they were made from (a new snapshot starts afresh).
    private static Listings? s_registryListings;

    private readonly Func<IReadOnlyList<CompiledServiceModel>> _compiledModels;
    private readonly bool _overRegistry;

    /// <summary>Creates the source over <paramref name="compiledModels"/> (default: <see cref="CompiledModelRegistry.All"/>).</summary>
    public BuiltinDataSource(Func<IReadOnlyList<CompiledServiceModel>>? compiledModels = null)
    {
        _compiledModels = compiledModels ?? (() => CompiledModelRegistry.All);
        _overRegistry = compiledModels is null;
    }

    /// <summary>Whether this source serves <see cref="CompiledModelRegistry.All"/> (not a test's own list).</summary>
    public bool OverRegistry => _overRegistry;

    /// <summary>
    /// A pristine loader's answer for a service model (<c>Loader.UntouchedServiceModel</c>) remembered for the current
    /// registry snapshot, or null when none is remembered for these arguments.
    /// </summary>
    public (JsonElement Document, object Owner)? RememberedUntouchedModel(string serviceName, string typeName, string? apiVersion) =>
        _overRegistry && RegistryListings().UntouchedModels.TryGetValue(serviceName, out var known)
            && known.TypeName == typeName && known.ApiVersion == apiVersion ? (known.Document, known.Owner) : null;

    /// <summary>
    /// Remembers a pristine loader's answer (a built-in document, so at most one entry per built-in service; the
    /// last arguments asked win).
    /// </summary>
    public void RememberUntouchedModel(string serviceName, string typeName, string? apiVersion, (JsonElement Document, object Owner) answer)
    {
        if (_overRegistry)
        {
            RegistryListings().UntouchedModels[serviceName] = new UntouchedModel(typeName, apiVersion, answer.Document, answer.Owner);
        }
    }

    /// <summary>The prefix of the pseudo file path reported for built-in data.</summary>
    public const string PathPrefix = "builtin:";

    /// <summary>Services with a compiled or embedded <paramref name="typeName"/> file.</summary>
    public IReadOnlyList<string> ListServices(string typeName) => ServicesIn(_compiledModels(), typeName);

    /// <summary>API versions of <paramref name="serviceName"/> with a compiled or embedded <paramref name="typeName"/> file.</summary>
    public IReadOnlyList<string> ListApiVersions(string serviceName, string typeName) => VersionsIn(_compiledModels(), serviceName, typeName);

    /// <summary>
    /// <see cref="ListServices"/> sorted and without repeats, read-only; over the registry it is made once per registry
    /// snapshot and shared, since every new session's loader asks for it on its first client.
    /// </summary>
    public IReadOnlyList<string> SortedServices(string typeName)
    {
        if (!_overRegistry)
        {
            return Sorted(ListServices(typeName));
        }
        var listings = RegistryListings();
        return listings.Services.GetOrAdd(typeName, static (type, models) => Sorted(ServicesIn(models, type)), listings.Models);
    }

    /// <summary><see cref="ListApiVersions"/> sorted and without repeats, read-only; shared per registry snapshot as <see cref="SortedServices"/>.</summary>
    public IReadOnlyList<string> SortedApiVersions(string serviceName, string typeName)
    {
        if (!_overRegistry)
        {
            return Sorted(ListApiVersions(serviceName, typeName));
        }
        var listings = RegistryListings();
        var ofType = listings.Versions.GetOrAdd(typeName, static _ => new ConcurrentDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));
        if (ofType.TryGetValue(serviceName, out var versions))
        {
            return versions;
        }
        return ofType.GetOrAdd(serviceName, Sorted(VersionsIn(listings.Models, serviceName, typeName)));
    }

    // Loops rather than LINQ: the first client of a cold process lists these, and the iterator and ordering types
    // of a query are several milliseconds of first-use code there.
    private static List<string> ServicesIn(IReadOnlyList<CompiledServiceModel> models, string typeName)
    {
        var services = new List<string>(models.Count + EmbeddedData.CredentialServices.Count);
        for (var i = 0; i < models.Count; i++)
        {
            if (Serves(models[i], typeName))
            {
                services.Add(models[i].ServiceName);
            }
        }
        foreach (var embedded in EmbeddedData.CredentialServices)
        {
            if (EmbeddedData.Contains($"{embedded.Service}/{embedded.ApiVersion}/{typeName}"))
            {
                services.Add(embedded.Service);
            }
        }
        return services;
    }

    private static List<string> VersionsIn(IReadOnlyList<CompiledServiceModel> models, string serviceName, string typeName)
    {
        var versions = new List<string>();
        for (var i = 0; i < models.Count; i++)
        {
            if (models[i].ServiceName == serviceName && Serves(models[i], typeName))
            {
                versions.Add(models[i].ApiVersion);
            }
        }
        foreach (var embedded in EmbeddedData.CredentialServices)
        {
            if (embedded.Service == serviceName && EmbeddedData.Contains($"{embedded.Service}/{embedded.ApiVersion}/{typeName}"))
            {
                versions.Add(embedded.ApiVersion);
            }
        }
        return versions;
    }

    // Sorted by ordinal, without repeats, read-only.
    private static IReadOnlyList<string> Sorted(IReadOnlyList<string> names)
    {
        var distinct = new HashSet<string>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            distinct.Add(names[i]);
        }
        var sorted = new string[distinct.Count];
        distinct.CopyTo(sorted);
        Array.Sort(sorted, StringComparer.Ordinal);
        return Array.AsReadOnly(sorted);
    }

    private static Listings RegistryListings()
    {
        var models = CompiledModelRegistry.Snapshot;
        var current = Volatile.Read(ref s_registryListings);
        if (current is null || !ReferenceEquals(current.Models, models))
        {
            current = new Listings(models);
            Volatile.Write(ref s_registryListings, current);
        }
        return current;
    }

    /// <summary>A new mutable object over the built-in file for a logical path, or null when there is none.</summary>
    /// <exception cref="Errors.DataFileParseError">The built-in file is not a JSON object.</exception>
    public JsonObject? TryLoad(string name)
    {
        JsonElement? element;
        try
        {
            element = Document(name);
        }
        catch (JsonException e)
        {
            throw new Errors.DataFileParseError(PathPrefix + name, e.Message, e);
        }
        if (element is not { } found)
        {
            return null;
        }
        return found.ValueKind == JsonValueKind.Object
            ? JsonObject.Create(found)!
            : throw new Errors.DataFileParseError(PathPrefix + name, $"expected a JSON object, found {(found.ValueKind == JsonValueKind.Null ? "null" : found.ValueKind.ToString())}");
    }

    /// <summary>The shared parse of the built-in file for a logical path, or null when there is none.</summary>
    /// <exception cref="JsonException">The built-in file is not valid JSON.</exception>
    public JsonElement? Document(string name)
    {
        if (EmbeddedData.Contains(name))
        {
            return EmbeddedData.Document(name);
        }
        return Compiled(name) is { } found ? found.Model.Document(found.TypeName) : null;
    }

    /// <summary>
    /// The process-wide object that owns the shared parse <see cref="Document"/> gives for a logical path (the
    /// <see cref="CompiledServiceModel"/>, or the embedded file's name), or null when there is no such file; what is
    /// derived from that parse may be cached against it.
    /// </summary>
    public object? DocumentOwner(string name)
    {
        var names = EmbeddedData.Names;
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return names[i];
            }
        }
        return Compiled(name) is { } found && found.Model.HasDocument(found.TypeName) ? found.Model : null;
    }

    // The compiled model serving a logical path (service/version/type), and the type; null for any other path.
    // Read from the path's characters (no split): several lookups per client creation go through here.
    private (CompiledServiceModel Model, string TypeName)? Compiled(string name)
    {
        var path = name.AsSpan();
        var first = path.IndexOf('/');
        var second = first < 0 ? -1 : path[(first + 1)..].IndexOf('/');
        if (second < 0)
        {
            return null;
        }
        second += first + 1;
        var type = path[(second + 1)..];
        string? typeName = null;
        foreach (var known in s_compiledTypeNames)
        {
            typeName ??= type.SequenceEqual(known) ? known : null;
        }
        if (typeName is null)
        {
            return null;
        }
        var service = path[..first];
        var version = path[(first + 1)..second];
        var models = _compiledModels();
        for (var i = 0; i < models.Count; i++)
        {
            if (service.SequenceEqual(models[i].ServiceName) && version.SequenceEqual(models[i].ApiVersion))
            {
                return (models[i], typeName);
            }
        }
        return null;
    }

    // The loader serves service-2, paginators-1 and waiters-2 of compiled models; their rule sets go to ClientFactory directly.
    private static readonly string[] s_compiledTypeNames = ["service-2", "paginators-1", "waiters-2"];
    private static readonly HashSet<string> s_compiledTypes = new(s_compiledTypeNames, StringComparer.Ordinal);

    private static bool Serves(CompiledServiceModel model, string typeName) => s_compiledTypes.Contains(typeName) && model.HasDocument(typeName);

    // One registry snapshot's listings, filled per type (and service) on first use.
    private sealed class Listings(CompiledServiceModel[] models)
    {
        public CompiledServiceModel[] Models { get; } = models;

        public ConcurrentDictionary<string, IReadOnlyList<string>> Services { get; } = new(StringComparer.Ordinal);

        // By type, then service: a (string, string) tuple key had no precompiled code.
        public ConcurrentDictionary<string, ConcurrentDictionary<string, IReadOnlyList<string>>> Versions { get; } = new(StringComparer.Ordinal);

        // By service: a pristine loader's shared service model, with the arguments it was found for.
        public ConcurrentDictionary<string, UntouchedModel> UntouchedModels { get; } = new(StringComparer.Ordinal);
    }

    // One remembered answer of Loader.UntouchedServiceModel.
    private sealed record UntouchedModel(string TypeName, string? ApiVersion, JsonElement Document, object Owner);
}
