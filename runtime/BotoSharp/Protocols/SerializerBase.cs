using System.Text.RegularExpressions;
using BotoSharp.Errors;
using BotoSharp.Models;

namespace BotoSharp.Protocols;

/// <summary>
/// What every protocol serializer shares (botocore's <c>Serializer</c>): timestamp conversion in the protocol's
/// default format unless a member overrides it, base64 blobs, float special values and host-prefix expansion.
/// </summary>
public abstract partial class SerializerBase : IProtocolSerializer
{
    /// <summary>Creates the serializer with a timestamp precision.</summary>
    protected SerializerBase(TimestampPrecision precision = TimestampPrecision.Default)
    {
        Precision = precision;
    }

    /// <summary>How finely timestamps are written.</summary>
    protected TimestampPrecision Precision { get; }

    /// <summary>The format for timestamps without a <c>timestampFormat</c> trait in this protocol's body.</summary>
    protected abstract string DefaultTimestampFormat { get; }

    /// <inheritdoc />
    public abstract SerializedRequest Serialize(IDictionary<string, object?> parameters, OperationModel operation);

    /// <summary>Converts a timestamp value to its wire form (a string, or a number for epoch formats).</summary>
    protected object ConvertTimestamp(object? value, string? timestampFormat = null) =>
        Timestamps.Format(Timestamps.ToUtc(value), timestampFormat ?? DefaultTimestampFormat, Precision);

    /// <summary>Base64 of a blob value (strings UTF-8 encoded first).</summary>
    protected static string ToBase64(object value) => Convert.ToBase64String(ValueConversions.ToBytes(value));

    /// <summary>The member's wire name: its <c>locationName</c>, else the given default.</summary>
    protected static string SerializedName(Shape shape, string defaultName) => shape.LocationName ?? defaultName;

    /// <summary>Adds <c>x-amzn-query-mode: true</c> for services marked <c>awsQueryCompatible</c>.</summary>
    protected static void HandleQueryCompatibleTrait(OperationModel operation, SerializedRequest request)
    {
        if (operation.ServiceModel.IsQueryCompatible)
        {
            request.Headers.Set("x-amzn-query-mode", "true");
        }
    }

    /// <summary>
    /// Expands <c>endpoint.hostPrefix</c> with the input's <c>hostLabel</c> members; each value must match
    /// <c>^[A-Za-z0-9.-]+$</c> or the call fails with botocore's <see cref="ParamValidationError"/> text.
    /// </summary>
    protected internal static string? ExpandHostPrefix(IDictionary<string, object?> parameters, OperationModel operation)
    {
        var template = operation.HostPrefix;
        if (template is null)
        {
            return null;
        }
        var input = operation.InputShape;
        if (input is null)
        {
            return template;
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var bad = new List<string>();
        foreach (var (name, member) in input.Members)
        {
            if (!member.HostLabel)
            {
                continue;
            }
            var value = parameters.TryGetValue(name, out var v) && v is not null ? ValueConversions.ToPythonString(v) : string.Empty;
            if (!HostLabelPattern().IsMatch(value))
            {
                bad.Add(name);
            }
            values[name] = value;
        }
        if (bad.Count > 0)
        {
            throw new ParamValidationError(
                $"Invalid value for parameter(s): {string.Join(", ", bad)}. Must contain only alphanumeric characters, hyphen, or period.");
        }
        return LabelPattern().Replace(template, m =>
            values.TryGetValue(m.Groups[1].Value, out var v) ? v : throw new ParamValidationError(
                $"Missing required parameter for host prefix label: \"{m.Groups[1].Value}\""));
    }

    [GeneratedRegex(@"^[A-Za-z0-9.\-]+$")]
    private static partial Regex HostLabelPattern();

    [GeneratedRegex(@"\{([^}]*)\}")]
    private static partial Regex LabelPattern();
}
