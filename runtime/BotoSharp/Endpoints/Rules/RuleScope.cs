using BotoSharp.Errors;

namespace BotoSharp.Endpoints.Rules;

/// <summary>
/// The variables visible while one parameter set is evaluated. botocore copies its scope dictionary for every
/// rule; here every variable name owns a slot fixed at parse time and a rule's assignments are undone when the
/// rule is left, which gives the same visibility without allocating per rule.
/// </summary>
internal sealed class RuleScope
{
    private readonly RuleSet _ruleSet;
    private readonly object?[] _values;
    private readonly bool[] _present;
    private readonly int[] _assigned;
    private int _assignedCount;

    // One scope per thread is reused: evaluation never re-enters, and this keeps a resolution from allocating
    // three arrays sized by the rule set.
    [ThreadStatic]
    private static RuleScope? t_cached;

    /// <summary>Creates an empty scope sized for the rule set's variables.</summary>
    public RuleScope(RuleSet ruleSet)
    {
        _ruleSet = ruleSet;
        var count = ruleSet.SlotNames.Length;
        _values = new object?[count];
        _present = new bool[count];
        _assigned = new int[Math.Max(count, 1)];
    }

    /// <summary>A cleared scope for <paramref name="ruleSet"/>, reused from this thread when possible.</summary>
    public static RuleScope Rent(RuleSet ruleSet)
    {
        var scope = t_cached;
        if (scope is not null && ReferenceEquals(scope._ruleSet, ruleSet))
        {
            t_cached = null;
            return scope;
        }
        return new RuleScope(ruleSet);
    }

    /// <summary>Clears the scope and keeps it for the next resolution on this thread.</summary>
    public void Return()
    {
        Array.Clear(_values);
        Array.Clear(_present);
        _assignedCount = 0;
        t_cached = this;
    }

    /// <summary>The rule set being evaluated (for its partition table).</summary>
    public RuleSet RuleSet => _ruleSet;

    /// <summary>A position to come back to with <see cref="Reset"/> once a rule is done.</summary>
    public int Mark => _assignedCount;

    /// <summary>Sets an input parameter (present even when its value is null, as a key in botocore's dict).</summary>
    public void SetInput(int slot, object? value)
    {
        _values[slot] = value;
        _present[slot] = true;
    }

    /// <summary>The value of a variable, or null when it is not bound.</summary>
    public object? Get(int slot) => _values[slot];

    /// <summary>Whether a variable is bound, even to null.</summary>
    public bool IsPresent(int slot) => _present[slot];

    /// <summary>Binds an <c>assign</c> target; a name already bound in this scope is an error, as in botocore.</summary>
    public void Assign(int slot, object? value)
    {
        if (_present[slot])
        {
            throw new EndpointResolutionError(
                $"Assignment {_ruleSet.SlotNames[slot]} already exists in scoped variables and cannot be overwritten");
        }
        _values[slot] = value;
        _present[slot] = true;
        _assigned[_assignedCount++] = slot;
    }

    /// <summary>Unbinds everything assigned since <paramref name="mark"/>.</summary>
    public void Reset(int mark)
    {
        while (_assignedCount > mark)
        {
            var slot = _assigned[--_assignedCount];
            _values[slot] = null;
            _present[slot] = false;
        }
    }
}
