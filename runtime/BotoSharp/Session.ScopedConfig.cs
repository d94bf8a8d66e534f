using BotoSharp.Configuration;
using BotoSharp.Errors;

namespace BotoSharp;

/// <summary>
/// The profile's config (<see cref="GetScopedConfig"/>), and the window in which one client creation reads it once.
/// </summary>
public partial class Session
{
    // Changed by every edit this session makes to where its profile name is read from (instance variables, variable map).
    private int _configRevision;

    // The creating thread's open window, if any (see OpenScopedConfigWindow).
    [ThreadStatic]
    private static ScopedConfigMemo? t_scopedMemo;

    /// <summary>
    /// The current profile's config. No profile → the <c>default</c> profile or empty; a named profile (even
    /// <c>default</c>) must exist.
    /// </summary>
    /// <exception cref="ProfileNotFound">The configured profile is in neither file.</exception>
    /// <exception cref="ConfigParseError">A config file is malformed.</exception>
    public IReadOnlyDictionary<string, object?> GetScopedConfig()
    {
        if (t_scopedMemo is { } memo && ReferenceEquals(memo.Owner, this))
        {
            var store = ConfigStore;
            if (memo.Scoped is { } known && ReferenceEquals(memo.Store, store) && memo.StoreRevision == store.Revision && memo.Revision == _configRevision)
            {
                return known;
            }
            var scoped = ResolveScopedConfig();
            (memo.Scoped, memo.Store, memo.StoreRevision, memo.Revision) = (scoped, store, store.Revision, _configRevision);
            return scoped;
        }
        return ResolveScopedConfig();
    }

    private IReadOnlyDictionary<string, object?> ResolveScopedConfig()
    {
        var name = GetConfigVariable("profile") as string;
        if (name is null)
        {
            // botocore returns a new {} here; a shared read-only empty map reads the same and costs nothing per lookup.
            return ProfileMap.TryGetValue("default", out var fallback) && fallback is Dictionary<string, object?> map
                ? map : System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty;
        }
        return ProfileMap.TryGetValue(name, out var profile) && profile is Dictionary<string, object?> found
            ? found : throw new ProfileNotFound(name);
    }

    private void ConfigChanged() => _configRevision++;

    /// <summary>
    /// Opens a window, on this thread, in which <see cref="GetScopedConfig"/> resolves the profile once instead of on
    /// every variable read (a client creation makes some twenty-five). Only BotoSharp's own reads may run inside it,
    /// never a caller's code (credential providers, transport factories, event handlers): nothing else can then
    /// change the answer, and a change made through the session or its store (an instance variable, a provider or
    /// override, a component) is still seen at once. A failed resolution (<see cref="ProfileNotFound"/>) is not kept.
    /// </summary>
    internal ScopedConfigWindow OpenScopedConfigWindow()
    {
        var memo = t_scopedMemo ??= new ScopedConfigMemo();
        var window = new ScopedConfigWindow(memo, memo.Owner, memo.Scoped, memo.Store, memo.StoreRevision, memo.Revision);
        (memo.Owner, memo.Scoped, memo.Store) = (this, null, null);
        return window;
    }

    /// <summary>One thread's remembered scoped config: whose it is and the store state it was resolved at.</summary>
    internal sealed class ScopedConfigMemo
    {
        public Session? Owner { get; set; }

        public IReadOnlyDictionary<string, object?>? Scoped { get; set; }

        public ConfigValueStore? Store { get; set; }

        public int StoreRevision { get; set; }

        public int Revision { get; set; }
    }

    /// <summary>An open window; disposing it restores the thread's previous one (windows nest).</summary>
    internal readonly struct ScopedConfigWindow(ScopedConfigMemo memo, Session? owner, IReadOnlyDictionary<string, object?>? scoped,
        ConfigValueStore? store, int storeRevision, int revision) : IDisposable
    {
        /// <summary>Closes the window.</summary>
        public void Dispose() =>
            (memo.Owner, memo.Scoped, memo.Store, memo.StoreRevision, memo.Revision) = (owner, scoped, store, storeRevision, revision);
    }
}
