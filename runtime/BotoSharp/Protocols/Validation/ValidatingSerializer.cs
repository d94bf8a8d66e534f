using BotoSharp.Models;

namespace BotoSharp.Protocols.Validation;

/// <summary>
/// botocore's <c>ParamValidationDecorator</c>: validates the parameters against the operation's input shape, then
/// hands them to the wrapped serializer. Parameter validation can be switched off per client, which drops this layer.
/// </summary>
public sealed class ValidatingSerializer : IProtocolSerializer
{
    private readonly IProtocolSerializer _inner;
    private readonly ParamValidator _validator = new();

    /// <summary>Wraps a serializer.</summary>
    public ValidatingSerializer(IProtocolSerializer inner)
    {
        _inner = inner;
    }

    /// <summary>The serializer that runs after validation.</summary>
    public IProtocolSerializer Inner => _inner;

    /// <inheritdoc />
    public SerializedRequest Serialize(IDictionary<string, object?> parameters, OperationModel operation)
    {
        if (operation.InputShape is { } input)
        {
            var report = _validator.Validate(parameters, input);
            if (report.HasErrors)
            {
                throw new Errors.ParamValidationError(report.GenerateReport());
            }
        }
        return _inner.Serialize(parameters, operation);
    }
}
