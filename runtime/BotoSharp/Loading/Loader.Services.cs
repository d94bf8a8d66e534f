using System.Text.Json;
using System.Text.Json.Nodes;
using BotoSharp.Errors;

namespace BotoSharp.Loading;

public sealed partial class Loader
{
    private readonly Dictionary<string, IReadOnlyList<string>> _servicesCache = new(StringComparer.Ordinal);
    // Keyed by CacheKey's joined text: tuple keys had no precompiled code (JIT-compiled by every cold process's first client).
    // Made on first use, as _dataCache: a typed client's loader usually never lists versions or loads a model.
    private Dictionary<string, IReadOnlyList<string>>? _versionsCache;
    private Dictionary<string, JsonObject>? _modelCache;

    /// <summary>
    /// The sorted names of services that have a <paramref name="typeName"/> file (e.g. <c>service-2</c>) under some
    /// API version folder, over all search locations. Cached.
    /// </summary>
    public IReadOnlyList<string> ListAvailableServices(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        lock (_gate)
        {
            if (_servicesCache.TryGetValue(typeName, out var cached))
            {
                return cached;
            }
            if (ExistingSearchFolders().Count == 0)
            {
                // Only built-in data: its listing is shared by every loader of the process.
                return _servicesCache[typeName] = IncludesBuiltinData ? _builtin.SortedServices(typeName) : Array.Empty<string>();
            }
            var services = new HashSet<string>(StringComparer.Ordinal);
            foreach (var root in PotentialLocations())
            {
                foreach (var serviceDir in Directory.EnumerateDirectories(root))
                {
                    if (Directory.EnumerateFileSystemEntries(serviceDir).Any(v => JsonFileLoader.Exists(Path.Combine(v, typeName))))
                    {
                        services.Add(Path.GetFileName(serviceDir));
                    }
                }
            }
            if (IncludesBuiltinData)
            {
                services.UnionWith(_builtin.ListServices(typeName));
            }
            return _servicesCache[typeName] = services.Order(StringComparer.Ordinal).ToArray();
        }
    }

    /// <summary>
    /// Whether <see cref="ListAvailableServices"/> of <paramref name="typeName"/> names <paramref name="serviceName"/>:
    /// a binary search, every listing being sorted ordinally (a scan compared a hundred names per client creation).
    /// </summary>
    internal bool ListsService(string typeName, string serviceName)
    {
        var services = ListAvailableServices(typeName);
        int low = 0, high = services.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = string.CompareOrdinal(services[middle], serviceName);
            if (order == 0)
            {
                return true;
            }
            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return false;
    }

    // Service, type and version (when given) joined by newlines, which no service, type or version name holds.
    private static string CacheKey(string serviceName, string typeName, string? apiVersion) =>
        apiVersion is null ? string.Concat(serviceName, "\n", typeName) : $"{serviceName}\n{typeName}\n{apiVersion}";

    /// <summary>The sorted API versions of <paramref name="serviceName"/> that have a <paramref name="typeName"/> file. Cached.</summary>
    /// <exception cref="DataNotFoundError">No version has the file (<c>data_path</c> = the service name).</exception>
    public IReadOnlyList<string> ListApiVersions(string serviceName, string typeName)
    {
        ArgumentNullException.ThrowIfNull(serviceName);
        ArgumentNullException.ThrowIfNull(typeName);
        var cacheKey = CacheKey(serviceName, typeName, null);
        lock (_gate)
        {
            if (_versionsCache?.TryGetValue(cacheKey, out var cached) == true)
            {
                return cached;
            }
            if (ExistingSearchFolders().Count == 0)
            {
                var builtin = IncludesBuiltinData ? _builtin.SortedApiVersions(serviceName, typeName) : Array.Empty<string>();
                return VersionsCache()[cacheKey] = builtin.Count > 0 ? builtin : throw new DataNotFoundError(serviceName);
            }
            var versions = new HashSet<string>(StringComparer.Ordinal);
            foreach (var serviceDir in PotentialLocations(serviceName).Where(Directory.Exists))
            {
                foreach (var versionDir in Directory.EnumerateFileSystemEntries(serviceDir))
                {
                    if (JsonFileLoader.Exists(Path.Combine(versionDir, typeName)))
                    {
                        versions.Add(Path.GetFileName(versionDir));
                    }
                }
            }
            if (IncludesBuiltinData)
            {
                versions.UnionWith(_builtin.ListApiVersions(serviceName, typeName));
            }
            if (versions.Count == 0)
            {
                throw new DataNotFoundError(serviceName);
            }
            return VersionsCache()[cacheKey] = versions.Order(StringComparer.Ordinal).ToArray();
        }
    }

    /// <summary>The greatest API version by ordinal comparison (botocore's <c>max()</c>, right for <c>YYYY-MM-DD</c>).</summary>
    public string DetermineLatestVersion(string serviceName, string typeName) => ListApiVersions(serviceName, typeName)[^1];

    /// <summary>
    /// The shared parse a <see cref="LoadServiceModel(string, string, string?)"/> of these arguments would wrap, with the
    /// process-wide object that owns it (a <see cref="CompiledServiceModel"/> or an embedded file's name), when that
    /// load would come from built-in data with no extras file and this loader has not made (so nobody can have
    /// edited) its own object for it yet. Null otherwise, and for an unknown service (whose load raises).
    /// </summary>
    internal (JsonElement Document, object Owner)? UntouchedServiceModel(string serviceName, string typeName, string? apiVersion)
    {
        lock (_gate)
        {
            // A loader that has loaded nothing, searches no existing folder and applies the default extras answers from
            // the built-in data alone, the same for every such loader (each new session's first client asks).
            var pristine = IsPristine();
            if (pristine && _builtin.RememberedUntouchedModel(serviceName, typeName, apiVersion) is { } remembered)
            {
                return remembered;
            }
            var answer = FindUntouchedServiceModel(serviceName, typeName, apiVersion);
            if (pristine && answer is { } found)
            {
                _builtin.RememberUntouchedModel(serviceName, typeName, apiVersion, found);
            }
            return answer;
        }
    }

    private (JsonElement Document, object Owner)? FindUntouchedServiceModel(string serviceName, string typeName, string? apiVersion)
    {
        // An empty model cache (a session's first client) needs no key to know it holds nothing.
        if (!IncludesBuiltinData || (_modelCache is { Count: > 0 } models && models.ContainsKey(CacheKey(serviceName, typeName, apiVersion)))
            || !ListsService(typeName, serviceName))
        {
            return null;
        }
        var name = $"{serviceName}/{apiVersion ?? DetermineLatestVersion(serviceName, typeName)}/{typeName}";
        if (HasCachedData(name) || PotentialLocations(name).Any(JsonFileLoader.Exists) || HasExtrasFile(name))
        {
            return null;
        }
        return _builtin.Document(name) is { } document && _builtin.DocumentOwner(name) is { } owner ? (document, owner) : null;
    }

    // Nothing of this loader's own can change FindUntouchedServiceModel's answer: no cached model or data, no search
    // folder that existed when it looked (the one probe, made here as before), only the sdk extras, the registry's models.
    private bool IsPristine() =>
        IncludesBuiltinData && _modelCache is not { Count: > 0 } && _dataCache is not { Count: > 0 } && _builtin.OverRegistry
        && _extrasTypes is [BuiltinExtras] && ExistingSearchFolders().Count == 0;

    private const string BuiltinExtras = "sdk";

    private Dictionary<string, IReadOnlyList<string>> VersionsCache() => _versionsCache ??= new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    // Whether any extras type has a file for the model at name (a loop: Any's closure was made per client).
    private bool HasExtrasFile(string name)
    {
        foreach (var extras in _extrasTypes)
        {
            if (HasFile($"{name}.{extras}-extras"))
            {
                return true;
            }
        }
        return false;
    }

    // Whether any search location or the built-in data has the file, without loading it.
    private bool HasFile(string name) =>
        HasCachedData(name) || PotentialLocations(name).Any(JsonFileLoader.Exists) || _builtin.DocumentOwner(name) is not null;

    /// <summary>
    /// Loads a service's <paramref name="typeName"/> model (<c>service-2</c>, <c>paginators-1</c>, <c>waiters-2</c>)
    /// at <paramref name="apiVersion"/> or the latest version, with every <c>&lt;type&gt;.&lt;extras&gt;-extras</c>
    /// file's <c>merge</c> object deep-merged in. Cached per argument triple; the object is shared with
    /// <see cref="LoadData"/> of the same path, as in botocore.
    /// </summary>
    /// <exception cref="UnknownServiceError">No search location has the service for this type.</exception>
    /// <exception cref="DataNotFoundError">The requested version does not exist.</exception>
    public JsonObject LoadServiceModel(string serviceName, string typeName, string? apiVersion = null)
    {
        ArgumentNullException.ThrowIfNull(serviceName);
        ArgumentNullException.ThrowIfNull(typeName);
        var cacheKey = CacheKey(serviceName, typeName, apiVersion);
        lock (_gate)
        {
            if (_modelCache?.TryGetValue(cacheKey, out var cached) == true)
            {
                return cached;
            }
            if (!ListsService(typeName, serviceName))
            {
                throw new UnknownServiceError(serviceName, string.Join(", ", ListAvailableServices(typeName)));
            }
            var version = apiVersion ?? DetermineLatestVersion(serviceName, typeName);
            var name = $"{serviceName}/{version}/{typeName}";
            var (model, _) = LoadDataWithPath(name);
            foreach (var extrasType in _extrasTypes)
            {
                if (TryLoadDataWithPath($"{name}.{extrasType}-extras") is { } extras && extras.Data["merge"] is JsonObject merge)
                {
                    JsonMerge.DeepMerge(model, merge);
                }
            }
            return (_modelCache ??= new Dictionary<string, JsonObject>(StringComparer.Ordinal))[cacheKey] = model;
        }
    }
}
