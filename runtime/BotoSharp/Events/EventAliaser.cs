using System.Collections.Concurrent;
using BotoSharp.Caching;

namespace BotoSharp.Events;

/// <summary>
/// botocore's <c>EventAliaser</c>: rewrites every event name through an alias table before delegating to the wrapped
/// emitter, so handlers registered for an old service name (<c>before-call.apigateway</c>) fire for the new one.
/// </summary>
public sealed class EventAliaser : IEventHooks
{
    private const int MaxRemembered = 10_000;

    private static readonly BoundedCache<string, string> s_defaultTableNames = new(MaxRemembered, StringComparer.Ordinal);
    private static readonly AliasIndex s_defaultIndex = new(EventAliases.Default);

    private readonly IReadOnlyList<(string OldPart, string NewPart)> _aliases;
    private AliasIndex? _index;
    // Only for a table of the caller's own; the default table's answers are remembered once per process.
    private ConcurrentDictionary<string, string>? _aliasNameCache;

    /// <summary>Wraps <paramref name="emitter"/> with <paramref name="aliases"/> (default: <see cref="EventAliases.Default"/>).</summary>
    public EventAliaser(IEventHooks emitter, IReadOnlyList<(string OldPart, string NewPart)>? aliases = null)
    {
        ArgumentNullException.ThrowIfNull(emitter);
        Emitter = emitter;
        _aliases = aliases ?? EventAliases.Default;
    }

    /// <summary>The wrapped emitter.</summary>
    public IEventHooks Emitter { get; }

    /// <inheritdoc />
    public void Register(string eventName, BotoEventHandler handler, string? uniqueId = null, bool uniqueIdUsesCount = false) =>
        Emitter.Register(AliasEventName(eventName), handler, uniqueId, uniqueIdUsesCount);

    /// <inheritdoc />
    public void RegisterFirst(string eventName, BotoEventHandler handler, string? uniqueId = null, bool uniqueIdUsesCount = false) =>
        Emitter.RegisterFirst(AliasEventName(eventName), handler, uniqueId, uniqueIdUsesCount);

    /// <inheritdoc />
    public void RegisterLast(string eventName, BotoEventHandler handler, string? uniqueId = null, bool uniqueIdUsesCount = false) =>
        Emitter.RegisterLast(AliasEventName(eventName), handler, uniqueId, uniqueIdUsesCount);

    /// <inheritdoc />
    public void Unregister(string eventName, BotoEventHandler? handler = null, string? uniqueId = null, bool uniqueIdUsesCount = false) =>
        Emitter.Unregister(AliasEventName(eventName), handler, uniqueId, uniqueIdUsesCount);

    /// <inheritdoc />
    public IReadOnlyList<(BotoEventHandler Handler, object? Response)> Emit(string eventName, IDictionary<string, object?>? args = null) =>
        Emitter.Emit(AliasEventName(eventName), args);

    /// <inheritdoc />
    public (BotoEventHandler? Handler, object? Response) EmitUntilResponse(string eventName, IDictionary<string, object?>? args = null) =>
        Emitter.EmitUntilResponse(AliasEventName(eventName), args);

    /// <summary>botocore's copy: a new aliaser over a copy of the wrapped emitter, with the same table and a fresh cache.</summary>
    public EventAliaser Copy() => new(Emitter.Copy(), _aliases);

    IEventHooks IEventHooks.Copy() => Copy();

    /// <summary>
    /// The name <paramref name="eventName"/> is rewritten to. The first table entry that matches decides: a dot-free
    /// old part replaces the first whole part equal to it; a dotted old part that occurs anywhere in the name as a
    /// substring replaces the first run of whole parts equal to it — and, as in botocore, stops the search even when
    /// the substring did not line up with whole parts (the name is then kept unchanged).
    /// </summary>
    public string AliasEventName(string eventName)
    {
        ArgumentNullException.ThrowIfNull(eventName);
        if (ReferenceEquals(_aliases, EventAliases.Default))
        {
            return DefaultAlias(eventName);
        }
        var cache = _aliasNameCache ?? Interlocked.CompareExchange(ref _aliasNameCache, new(StringComparer.Ordinal), null) ?? _aliasNameCache;
        // TryGetValue first: GetOrAdd with an instance method group would allocate a delegate on every call.
        if (cache.TryGetValue(eventName, out var cached))
        {
            return cached;
        }
        return cache[eventName] = ComputeAlias(eventName, _index ??= new AliasIndex(_aliases));
    }

    // The default table's answers are the same for every session: computed once per process (bounded, for odd names).
    private static string DefaultAlias(string eventName)
    {
        if (s_defaultTableNames.TryGetValue(eventName, out var known))
        {
            return known;
        }
        var alias = ComputeAlias(eventName, s_defaultIndex);
        s_defaultTableNames.Remember(eventName, alias);
        return alias;
    }

    // botocore's loop over the table, answered from an index: the first row that decides is the first dot-free old
    // part equal to a whole part of the name, or the first dotted old part found anywhere in it as a substring,
    // whichever comes first in the table. The builtin rows of a cold process are aliased one by one, and a substring
    // search per row and name was most of that.
    private static string ComputeAlias(string eventName, AliasIndex index)
    {
        var split = eventName.Split('.');
        var decider = int.MaxValue;
        foreach (var part in split)
        {
            if (index.WholeParts.TryGetValue(part, out var row) && row < decider)
            {
                decider = row;
            }
        }
        foreach (var row in index.DottedRows)
        {
            if (row > decider)
            {
                break;
            }
            if (eventName.Contains(index.OldParts[row], StringComparison.Ordinal))
            {
                decider = row;
                break;
            }
        }
        if (decider == int.MaxValue)
        {
            return eventName;
        }
        var oldPart = index.OldParts[decider];
        var newPart = index.NewParts[decider];
        var parts = new List<string>(split);
        if (!oldPart.Contains('.'))
        {
            parts[parts.IndexOf(oldPart)] = newPart;
        }
        else
        {
            // As in botocore, a dotted old part that is a substring decides even when it does not line up with
            // whole parts: the name is then kept as it is.
            ReplaceSubsection(parts, oldPart.Split('.'), newPart);
        }
        return string.Join('.', parts);
    }

    // A table's rows as the alias search reads them: each dot-free old part's first row, and the dotted rows in order.
    private sealed class AliasIndex
    {
        public AliasIndex(IReadOnlyList<(string OldPart, string NewPart)> aliases)
        {
            // The table as two string arrays, read through the array when it is one: interface calls on an array of
            // tuples go through generic framework code no ReadyToRun image holds (JIT-compiled by every process).
            var rows = aliases as (string OldPart, string NewPart)[];
            var count = rows?.Length ?? aliases.Count;
            OldParts = new string[count];
            NewParts = new string[count];
            for (var row = 0; row < count; row++)
            {
                var (oldPart, newPart) = rows is null ? aliases[row] : rows[row];
                OldParts[row] = oldPart;
                NewParts[row] = newPart;
                if (oldPart.Contains('.'))
                {
                    DottedRows.Add(row);
                }
                else
                {
                    WholeParts.TryAdd(oldPart, row);
                }
            }
        }

        public string[] OldParts { get; }

        public string[] NewParts { get; }

        public Dictionary<string, int> WholeParts { get; } = new(StringComparer.Ordinal);

        public List<int> DottedRows { get; } = new();
    }

    private static void ReplaceSubsection(List<string> sections, string[] oldParts, string newPart)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            if (i + oldParts.Length <= sections.Count && MatchesAt(sections, oldParts, i))
            {
                sections.RemoveRange(i, oldParts.Length);
                sections.Insert(i, newPart);
                return;
            }
        }
    }

    private static bool MatchesAt(List<string> sections, string[] oldParts, int start)
    {
        for (var j = 0; j < oldParts.Length; j++)
        {
            if (!string.Equals(sections[start + j], oldParts[j], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
