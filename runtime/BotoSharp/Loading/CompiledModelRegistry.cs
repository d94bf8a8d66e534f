namespace BotoSharp.Loading;

/// <summary>
/// The process-wide list of models compiled into loaded assemblies. Generated module initializers call
/// <see cref="Register"/>; the loader consults it after the data paths on disk.
/// </summary>
public static class CompiledModelRegistry
{
    private static readonly object s_registering = new();

    // The sorted snapshot every lookup reads: registration happens at module load, lookups on every client creation.
    // Kept by insertion, without a tuple-keyed dictionary or LINQ ordering: module initializers run before Main, and
    // those generic instantiations have no precompiled code.
    private static CompiledServiceModel[] s_sorted = [];

    /// <summary>Adds a compiled model; a second registration of the same service and version keeps the first.</summary>
    public static void Register(CompiledServiceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        lock (s_registering)
        {
            var sorted = s_sorted;
            var at = 0;
            for (; at < sorted.Length; at++)
            {
                var order = CompareByNameThenVersion(sorted[at], model);
                if (order == 0)
                {
                    return;
                }
                if (order > 0)
                {
                    break;
                }
            }
            var next = new CompiledServiceModel[sorted.Length + 1];
            Array.Copy(sorted, next, at);
            next[at] = model;
            Array.Copy(sorted, at, next, at + 1, sorted.Length - at);
            Volatile.Write(ref s_sorted, next);
        }
    }

    private static int CompareByNameThenVersion(CompiledServiceModel a, CompiledServiceModel b)
    {
        var byName = string.CompareOrdinal(a.ServiceName, b.ServiceName);
        return byName != 0 ? byName : string.CompareOrdinal(a.ApiVersion, b.ApiVersion);
    }

    /// <summary>Every registered model, sorted by service name then API version.</summary>
    public static IReadOnlyList<CompiledServiceModel> All => Array.AsReadOnly(Volatile.Read(ref s_sorted));

    /// <summary>The current sorted snapshot itself (replaced, never changed, on registration): what is derived from it may be cached against it.</summary>
    internal static CompiledServiceModel[] Snapshot => Volatile.Read(ref s_sorted);

    /// <summary>The newest registered version of <paramref name="serviceName"/> (or exactly <paramref name="apiVersion"/>), or null.</summary>
    public static CompiledServiceModel? Find(string serviceName, string? apiVersion = null)
    {
        var sorted = Volatile.Read(ref s_sorted);
        // Sorted by version within a service, so the last match is the newest.
        for (var i = sorted.Length - 1; i >= 0; i--)
        {
            var model = sorted[i];
            if (model.ServiceName == serviceName && (apiVersion is null || model.ApiVersion == apiVersion))
            {
                return model;
            }
        }
        return null;
    }

    /// <summary>The compiled model whose typed client is <paramref name="clientType"/>, or null.</summary>
    public static CompiledServiceModel? FindByClientType(Type clientType)
    {
        foreach (var model in Volatile.Read(ref s_sorted))
        {
            if (model.ClientType == clientType)
            {
                return model;
            }
        }
        return null;
    }
}
