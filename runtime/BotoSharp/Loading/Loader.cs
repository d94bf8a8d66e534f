using System.Text.Json.Nodes;
using BotoSharp.Configuration;
using BotoSharp.Errors;

namespace BotoSharp.Loading;

/// <summary>
/// botocore's <c>Loader</c>: finds data files by logical path (<c>ec2/2016-11-15/service-2</c>, <c>endpoints</c>) in
/// an ordered list of search paths — the extra paths, then <c>~/.aws/models</c>, then the built-in data (embedded
/// files and compiled-in models). Every result is cached, and a cached model is the same mutable
/// <see cref="JsonObject"/> on every call, so handlers that edit it edit what later callers see, as in botocore.
/// </summary>
public sealed partial class Loader
{
    private readonly object _gate = new();
    // Values as a class of our own: a dictionary of tuples is framework code no ReadyToRun image holds, and every
    // process's first client asks it (JIT-compiled otherwise).
    // Made on the first load: a new session's first client usually loads nothing through its loader.
    private Dictionary<string, LoadedData>? _dataCache;
    private readonly List<string> _searchPaths;
    private readonly List<string> _extrasTypes;
    private readonly BuiltinDataSource _builtin;
    private static readonly BuiltinDataSource s_registrySource = new();
    // How many search paths there were and which of them were folders (one reference, so readers never see half).
    private KnownFolders? _existingFolders;

    /// <summary>Creates a loader.</summary>
    /// <param name="extraSearchPaths">Folders searched first, in order.</param>
    /// <param name="includeDefaultSearchPaths">Also search <paramref name="customerDataPath"/> and the built-in data.</param>
    /// <param name="includeDefaultExtras">Apply <c>*.sdk-extras.json</c> files to models.</param>
    /// <param name="customerDataPath">The user's model folder; default <c>~/.aws/models</c> of the process environment.</param>
    public Loader(IEnumerable<string>? extraSearchPaths = null, bool includeDefaultSearchPaths = true, bool includeDefaultExtras = true, string? customerDataPath = null)
        : this(extraSearchPaths, includeDefaultSearchPaths, includeDefaultExtras, customerDataPath, compiledModels: null)
    {
    }

    /// <summary>As the public constructor, with the compiled models taken from <paramref name="compiledModels"/> (tests).</summary>
    internal Loader(IEnumerable<string>? extraSearchPaths, bool includeDefaultSearchPaths, bool includeDefaultExtras, string? customerDataPath, Func<IReadOnlyList<CompiledServiceModel>>? compiledModels)
    {
        // Over the registry the source holds nothing of a loader's: every session's loader shares one.
        _builtin = compiledModels is null ? s_registrySource : new BuiltinDataSource(compiledModels);
        // Sized for what a session's loader holds (~/.aws/models; the sdk extras): no list grows to four slots.
        _searchPaths = extraSearchPaths?.ToList() ?? new List<string>(includeDefaultSearchPaths ? 1 : 0);
        IncludesBuiltinData = includeDefaultSearchPaths;
        if (includeDefaultSearchPaths)
        {
            _searchPaths.Add(customerDataPath ?? DefaultCustomerDataPath(null));
        }
        _extrasTypes = includeDefaultExtras ? new List<string>(1) { "sdk" } : new List<string>();
    }

    /// <summary>
    /// botocore's <c>create_loader(data_path)</c>: <paramref name="searchPathString"/> (the <c>data_path</c> setting,
    /// <c>AWS_DATA_PATH</c>) is split on the OS path separator and each entry gets <c>$VAR</c>/<c>${VAR}</c> and
    /// <c>~</c> expansion from <paramref name="environment"/> (default: the process environment).
    /// </summary>
    public static Loader Create(string? searchPathString, IReadOnlyDictionary<string, string>? environment = null)
    {
        var env = environment;
        var customer = DefaultCustomerDataPath(env);
        if (searchPathString is null)
        {
            return new Loader(customerDataPath: customer);
        }
        var paths = searchPathString.Split(Path.PathSeparator).Select(p => PathExpansion.ExpandUser(PathExpansion.ExpandVars(p, env), env));
        return new Loader(paths, customerDataPath: customer);
    }

    /// <summary>The folders searched in order; the built-in data comes after them when <see cref="IncludesBuiltinData"/>.</summary>
    public IReadOnlyList<string> SearchPaths => _searchPaths;

    /// <summary>Whether the built-in data (embedded files, compiled models) is searched last.</summary>
    public bool IncludesBuiltinData { get; }

    /// <summary>The extras types applied to models (botocore's <c>['sdk']</c>).</summary>
    public IList<string> ExtrasTypes => _extrasTypes;

    /// <summary>
    /// Loads a data file by logical path (no extension) from the first search location that has it. Cached: the
    /// same object is returned on every call.
    /// </summary>
    /// <exception cref="DataNotFoundError">No search location has the file.</exception>
    /// <exception cref="DataFileParseError">The file is not a valid JSON object.</exception>
    public JsonObject LoadData(string name) => LoadDataWithPath(name).Data;

    /// <summary>As <see cref="LoadData"/>, also returning the file path (built-in data reports <c>builtin:&lt;name&gt;</c>).</summary>
    public (JsonObject Data, string Path) LoadDataWithPath(string name) =>
        TryLoadDataWithPath(name) ?? throw new DataNotFoundError(name);

    /// <summary>
    /// As <see cref="LoadDataWithPath"/>, but null when no location has the file: the optional files (sdk-extras)
    /// are looked up on every client creation, and an exception per miss would cost more than the lookup.
    /// </summary>
    internal (JsonObject Data, string Path)? TryLoadDataWithPath(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_gate)
        {
            if (_dataCache?.TryGetValue(name, out var cached) == true)
            {
                return (cached.Data, cached.Path);
            }
            foreach (var location in PotentialLocations(name))
            {
                if (JsonFileLoader.Load(location) is { } found)
                {
                    DataCache()[name] = new LoadedData(found, location);
                    return (found, location);
                }
            }
            if (IncludesBuiltinData && _builtin.TryLoad(name) is { } builtin)
            {
                var path = BuiltinDataSource.PathPrefix + name;
                DataCache()[name] = new LoadedData(builtin, path);
                return (builtin, path);
            }
            return null;
        }
    }

    /// <summary>
    /// The shared parse of the built-in (embedded) file <paramref name="name"/>, when this loader would load that
    /// file and has not loaded it yet: nobody can have edited this loader's copy, so what is derived from the
    /// shared parse equals what its own object would give. Null when a search path has the file, when it is not
    /// built-in data, or when this loader already handed out its object.
    /// </summary>
    internal System.Text.Json.JsonElement? UntouchedBuiltinDocument(string name)
    {
        lock (_gate)
        {
            if (!IncludesBuiltinData || !EmbeddedData.Contains(name) || HasCachedData(name)
                || PotentialLocations(name).Any(JsonFileLoader.Exists))
            {
                return null;
            }
            return EmbeddedData.Document(name);
        }
    }

    /// <summary>Whether <paramref name="path"/> (from <see cref="LoadDataWithPath"/>) is built-in data, as botocore's <c>is_builtin_path</c>.</summary>
    public bool IsBuiltinPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.StartsWith(BuiltinDataSource.PathPrefix, StringComparison.Ordinal);
    }

    /// <summary>Search paths that are existing folders, joined with <paramref name="name"/> when given.</summary>
    private IReadOnlyList<string> PotentialLocations(string? name = null)
    {
        var folders = ExistingSearchFolders();
        if (folders.Count == 0)
        {
            return folders;
        }
        var locations = new List<string>(folders.Count);
        foreach (var path in folders)
        {
            // Still checked each time: a folder that existed may have gone (only absent ones are remembered).
            if (Directory.Exists(path))
            {
                locations.Add(name is null ? path : Path.Combine(path, name));
            }
        }
        return locations;
    }

    /// <summary>
    /// The search paths that were existing folders when this loader first looked (again if the list has changed size):
    /// a missing folder is checked once per loader instead of once per lookup (usually none exists, and a new
    /// session's first client made six lookups). A folder created later is seen by the next session's loader.
    /// </summary>
    private IReadOnlyList<string> ExistingSearchFolders()
    {
        var known = Volatile.Read(ref _existingFolders);
        if (known is null || known.PathCount != _searchPaths.Count)
        {
            known = new KnownFolders(_searchPaths.Count, FoldersThatExist(_searchPaths));
            Volatile.Write(ref _existingFolders, known);
        }
        return known.Folders;
    }

    // A loop: every new session's first client asks, and usually nothing exists (no iterator or array then).
    private static string[] FoldersThatExist(List<string> paths)
    {
        List<string>? found = null;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                (found ??= new List<string>(paths.Count)).Add(path);
            }
        }
        return found is null ? Array.Empty<string>() : found.ToArray();
    }

    private sealed record LoadedData(JsonObject Data, string Path);

    private Dictionary<string, LoadedData> DataCache() => _dataCache ??= new Dictionary<string, LoadedData>(StringComparer.Ordinal);

    private bool HasCachedData(string name) => _dataCache?.ContainsKey(name) == true;

    // Our own pair rather than Tuple<int, T>: generic framework code over an int has no precompiled form here.
    private sealed record KnownFolders(int PathCount, string[] Folders);

    private static string DefaultCustomerDataPath(IReadOnlyDictionary<string, string>? environment) =>
        Path.Combine(PathExpansion.HomeDirectory(environment), ".aws", "models");
}
