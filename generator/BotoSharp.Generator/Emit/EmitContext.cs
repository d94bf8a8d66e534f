using System;
using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace BotoSharp.Generator.Emit;

/// <summary>
/// A render's context. Each render still gets a fresh one; only the member accessors of the spec record types are
/// shared across renders, because building one means reflecting over the type and renaming every property
/// (PascalCase → snake_case), which for EC2's 2,833 files per run would otherwise dominate the emit time.
/// </summary>
internal sealed class EmitContext : TemplateContext
{
    // Accessors depend only on the type, the default member renamer and filter, and the ordinal key comparer, which
    // every EmitContext shares; they are immutable once built.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> s_accessors = new ConcurrentDictionary<Type, IObjectAccessor>();

    /// <summary>Creates a context whose outermost globals are <paramref name="functions"/>.</summary>
    public EmitContext(ScriptObject functions)
        : base(functions)
    {
    }

    /// <inheritdoc/>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        // Script objects are their own accessors; only .NET types (the spec records) are worth caching.
        if (target is IScriptObject)
        {
            return base.GetMemberAccessorImpl(target);
        }
        var type = target.GetType();
        if (s_accessors.TryGetValue(type, out var cached))
        {
            return cached;
        }
        var accessor = base.GetMemberAccessorImpl(target);
        if (accessor is not null)
        {
            s_accessors.TryAdd(type, accessor);
        }
        return accessor;
    }
}
