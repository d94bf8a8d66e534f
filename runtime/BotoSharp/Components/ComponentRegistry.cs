namespace BotoSharp.Components;

/// <summary>
/// botocore's <c>ComponentLocator</c>: named session components, registered eagerly (an instance) or lazily (a
/// factory run on first <see cref="GetComponent"/>, whose result is then cached).
/// </summary>
public sealed class ComponentRegistry
{
    // One map for both kinds (botocore keeps two): a lazy entry holds its factory until it is created, so a name is in
    // one place only and a session pays for one map per registry, locked on itself.
    private readonly Dictionary<string, Entry> _entries;
    private int _version;

    /// <summary>Creates an empty registry.</summary>
    public ComponentRegistry()
        : this(expectedCount: 0)
    {
    }

    /// <summary>Creates an empty registry with room for <paramref name="expectedCount"/> components.</summary>
    /// <param name="expectedCount">How many components (eager and lazy) are expected (a session's usual set), so the
    /// map is not grown as they are registered.</param>
    internal ComponentRegistry(int expectedCount)
    {
        _entries = new(expectedCount, StringComparer.Ordinal);
    }

    /// <summary>
    /// A number that changes whenever a component is registered (eagerly or lazily): a caller that keeps a component
    /// it looked up may use it while this is unchanged.
    /// </summary>
    public int Version => Volatile.Read(ref _version);

    /// <summary>The component, creating it first when it was registered lazily.</summary>
    /// <exception cref="ArgumentException">No component has that name (message <c>Unknown component: name</c>).</exception>
    public object? GetComponent(string name)
    {
        Delegate factory;
        object? state;
        lock (_entries)
        {
            if (!_entries.TryGetValue(name, out var entry))
            {
                throw new ArgumentException($"Unknown component: {name}");
            }
            if (entry.Factory is null)
            {
                return entry.Component;
            }
            (factory, state) = (entry.Factory, entry.Component);
        }
        // The factory runs outside the lock, as botocore's does; two racing callers may both create it.
        object? created = factory is Func<object?> plain ? plain() : ((Func<object, object?>)factory)(state!);
        lock (_entries)
        {
            var found = _entries.TryGetValue(name, out var current);
            if (ReferenceEquals(current.Factory, factory) && ReferenceEquals(current.Component, state))
            {
                _entries[name] = new Entry(created, null);
                return created;
            }
            // Another caller created it, or it was re-registered meanwhile: a newer lazy registration is not created here.
            return found && current.Factory is null ? current.Component : throw new ArgumentException($"Unknown component: {name}");
        }
    }

    /// <summary>True when a component (eager or lazy) has this name.</summary>
    public bool Contains(string name)
    {
        lock (_entries)
        {
            return _entries.ContainsKey(name);
        }
    }

    /// <summary>Registers an instance, dropping any pending factory of that name.</summary>
    public void RegisterComponent(string name, object? component)
    {
        lock (_entries)
        {
            _entries[name] = new Entry(component, null);
            _version++;
        }
    }

    /// <summary>Registers a factory run on first use, dropping any instance of that name.</summary>
    public void LazyRegisterComponent(string name, Func<object?> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        lock (_entries)
        {
            _entries[name] = new Entry(null, factory);
            _version++;
        }
    }

    /// <summary>
    /// Registers a factory run on first use with <paramref name="state"/>, dropping any instance of that name: a
    /// static factory over its owner (the session) instead of a delegate bound to it, one object less per component.
    /// </summary>
    internal void LazyRegisterComponent(string name, Func<object, object?> factory, object state)
    {
        lock (_entries)
        {
            _entries[name] = new Entry(state, factory);
            _version++;
        }
    }

    /// <summary>
    /// A created component, or (with <paramref name="Factory"/> set) a lazy one not yet created: a
    /// <see cref="Func{TResult}"/>, or a <c>Func&lt;object, object?&gt;</c> over its state kept in <paramref name="Component"/>.
    /// </summary>
    private readonly record struct Entry(object? Component, Delegate? Factory);
}
