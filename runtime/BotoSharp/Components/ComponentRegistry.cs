namespace BotoSharp.Components;

/// <summary>
/// botocore's <c>ComponentLocator</c>: named session components, registered eagerly (an instance) or lazily (a
/// factory run on first <see cref="GetComponent"/>, whose result is then cached).
/// </summary>
public sealed class ComponentRegistry
{
    private readonly object _gate = new();
    private readonly Dictionary<string, object?> _components;
    private readonly Dictionary<string, Func<object?>> _deferred = new(StringComparer.Ordinal);
    private int _version;

    /// <summary>Creates an empty registry.</summary>
    public ComponentRegistry()
        : this(expectedCount: 0)
    {
    }

    /// <summary>Creates an empty registry with room for <paramref name="expectedCount"/> created components.</summary>
    /// <param name="expectedCount">How many components are expected to be created (a session's usual set), so the
    /// map is not grown when the lazy ones are made.</param>
    internal ComponentRegistry(int expectedCount)
    {
        _components = new(expectedCount, StringComparer.Ordinal);
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
        Func<object?>? factory;
        // A name is either created or deferred, never both: one lock answers the usual (created) case.
        lock (_gate)
        {
            if (_components.TryGetValue(name, out var existing))
            {
                return existing;
            }
            if (!_deferred.TryGetValue(name, out factory))
            {
                throw new ArgumentException($"Unknown component: {name}");
            }
        }
        // The factory runs outside the lock, as botocore's does; two racing callers may both create it.
        object? created = factory();
        lock (_gate)
        {
            if (_deferred.TryGetValue(name, out var current) && ReferenceEquals(current, factory))
            {
                _components[name] = created;
                _deferred.Remove(name);
            }
            return _components.TryGetValue(name, out var component)
                ? component
                : throw new ArgumentException($"Unknown component: {name}");
        }
    }

    /// <summary>True when a component (eager or lazy) has this name.</summary>
    public bool Contains(string name)
    {
        lock (_gate)
        {
            return _components.ContainsKey(name) || _deferred.ContainsKey(name);
        }
    }

    /// <summary>Registers an instance, dropping any pending factory of that name.</summary>
    public void RegisterComponent(string name, object? component)
    {
        lock (_gate)
        {
            _components[name] = component;
            _deferred.Remove(name);
            _version++;
        }
    }

    /// <summary>Registers a factory run on first use, dropping any instance of that name.</summary>
    public void LazyRegisterComponent(string name, Func<object?> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        lock (_gate)
        {
            _deferred[name] = factory;
            _components.Remove(name);
            _version++;
        }
    }
}
