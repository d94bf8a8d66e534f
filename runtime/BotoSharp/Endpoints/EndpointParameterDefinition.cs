using BotoSharp.Endpoints.Library;
using BotoSharp.Errors;
using Microsoft.Extensions.Logging;

namespace BotoSharp.Endpoints;

/// <summary>One entry of a rule set's <c>parameters</c>: its type, builtIn, default, and whether it is required.</summary>
public sealed class EndpointParameterDefinition
{
    internal EndpointParameterDefinition(
        string name, EndpointParameterType type, string? builtIn, object? defaultValue, bool required,
        string? documentation, string? deprecatedMessage, string? deprecatedSince, bool deprecated, int slot)
    {
        Name = name;
        Type = type;
        BuiltIn = builtIn;
        Default = defaultValue;
        Required = required;
        Documentation = documentation;
        DeprecatedMessage = deprecatedMessage;
        DeprecatedSince = deprecatedSince;
        IsDeprecated = deprecated;
        Slot = slot;
    }

    /// <summary>The parameter name, e.g. <c>Region</c>.</summary>
    public string Name { get; }

    /// <summary>The parameter type.</summary>
    public EndpointParameterType Type { get; }

    /// <summary>The builtIn that supplies the value (<c>AWS::Region</c>…), or null.</summary>
    public string? BuiltIn { get; }

    /// <summary>The rule set's default (a string, a bool or a string array), or null.</summary>
    public object? Default { get; }

    /// <summary>Whether resolution fails when no value and no default exist.</summary>
    public bool Required { get; }

    /// <summary>The parameter's documentation text.</summary>
    public string? Documentation { get; }

    /// <summary>Whether the parameter is marked <c>deprecated</c>.</summary>
    public bool IsDeprecated { get; }

    /// <summary>The deprecation message, if any.</summary>
    public string? DeprecatedMessage { get; }

    /// <summary>The version the parameter was deprecated in, if any.</summary>
    public string? DeprecatedSince { get; }

    internal int Slot { get; }

    /// <summary>
    /// botocore's <c>process_input</c>: null takes the default, or fails when required; a value of the wrong
    /// type fails with botocore's message (which names the Python type). String arrays come back as an array.
    /// </summary>
    internal object? Process(object? value, ILogger? logger)
    {
        if (value is null)
        {
            if (Default is not null)
            {
                return Default;
            }
            if (Required)
            {
                throw new EndpointResolutionError($"Cannot find value for required parameter {Name}");
            }
            return null;
        }
        var converted = Type switch
        {
            EndpointParameterType.String => value as string,
            EndpointParameterType.Boolean => value is bool ? value : null,
            _ => PythonText.AsStringArray(value),
        };
        if (converted is null)
        {
            var pythonType = Type switch
            {
                EndpointParameterType.String => "str",
                EndpointParameterType.Boolean => "bool",
                _ => "tuple",
            };
            throw new EndpointResolutionError($"Value ({Name}) is the wrong type. Must be <class '{pythonType}'>.");
        }
        if (IsDeprecated && logger is not null && logger.IsEnabled(LogLevel.Information))
        {
            var text = $"{Name} has been deprecated.";
            if (!string.IsNullOrEmpty(DeprecatedMessage))
            {
                text += "\n" + DeprecatedMessage;
            }
            if (!string.IsNullOrEmpty(DeprecatedSince))
            {
                text += $"\nDeprecated since {DeprecatedSince}.";
            }
            logger.LogInformation("{Deprecation}", text);
        }
        return converted;
    }
}
