using System.Text;
using BotoSharp.Endpoints.Library;
using BotoSharp.Errors;
using Microsoft.Extensions.Logging;

namespace BotoSharp.Endpoints.Rules;

/// <summary>A parsed <c>endpoint-rule-set-1.json</c>: immutable, shared by every resolution.</summary>
internal sealed class RuleSet
{
    private readonly Dictionary<string, int> _slotsByName;

    /// <summary>Creates the rule set from its parsed parts.</summary>
    public RuleSet(string? version, EndpointParameterDefinition[] parameters, Rule[] rules,
        string[] slotNames, Dictionary<string, int> slotsByName, PartitionTable partitions)
    {
        Version = version;
        Parameters = parameters;
        Rules = rules;
        SlotNames = slotNames;
        _slotsByName = slotsByName;
        Partitions = partitions;
    }

    /// <summary>The rule set's <c>version</c>.</summary>
    public string? Version { get; }

    /// <summary>The parameter definitions in rule-set order.</summary>
    public EndpointParameterDefinition[] Parameters { get; }

    /// <summary>The top-level rules.</summary>
    public Rule[] Rules { get; }

    /// <summary>Every variable name (parameters, referenced names, assign targets) by slot.</summary>
    public string[] SlotNames { get; }

    /// <summary>The partitions for <c>aws.partition</c>.</summary>
    public PartitionTable Partitions { get; }

    /// <summary>
    /// Processes the parameters (defaults, required, types) and runs the rules; raises botocore's
    /// "No endpoint found" error, listing the parameters as given, when no rule applies.
    /// </summary>
    public ResolvedEndpoint Evaluate(IReadOnlyDictionary<string, object?> input, ILogger? logger)
    {
        var scope = RuleScope.Rent(this);
        try
        {
            return EvaluateIn(scope, input, logger) ?? throw NoEndpointFound(input);
        }
        finally
        {
            scope.Return();
        }
    }

    private ResolvedEndpoint? EvaluateIn(RuleScope scope, IReadOnlyDictionary<string, object?> input, ILogger? logger)
    {
        foreach (var (name, value) in input)
        {
            if (_slotsByName.TryGetValue(name, out var slot))
            {
                scope.SetInput(slot, value);
            }
        }
        foreach (var parameter in Parameters)
        {
            input.TryGetValue(parameter.Name, out var given);
            var value = parameter.Process(given, logger);
            if (value is not null)
            {
                scope.SetInput(parameter.Slot, value);
            }
        }
        return Rule.EvaluateFirst(Rules, scope);
    }

    private static EndpointResolutionError NoEndpointFound(IReadOnlyDictionary<string, object?> input)
    {
        var builder = new StringBuilder("No endpoint found for parameters:\n");
        var first = true;
        foreach (var (name, value) in input)
        {
            if (!first)
            {
                builder.Append('\n');
            }
            first = false;
            // A string list reached this point only because botocore accepted it as a tuple; print it so.
            var shown = value is string or bool or null ? value : PythonText.AsStringArray(value) ?? value;
            builder.Append(name).Append(": ").Append(PythonText.Str(shown));
        }
        return new EndpointResolutionError(builder.ToString());
    }
}
