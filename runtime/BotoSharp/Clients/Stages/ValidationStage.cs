using BotoSharp.Errors;
using BotoSharp.Protocols.Typed.Writing;
using BotoSharp.Protocols.Validation;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// botocore's <c>ParamValidationDecorator</c>: the parameters are checked against the input shape before they are
/// serialized; <c>parameter_validation=False</c> leaves this stage out of the pipeline.
/// </summary>
internal sealed class ValidationStage : CallStage
{
    private readonly ParamValidator _validator = new();

    /// <inheritdoc />
    /// <exception cref="ParamValidationError">A parameter is missing, unknown or of the wrong type or range.</exception>
    public override ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        Validate(call);
        return ValueTask.CompletedTask;
    }

    /// <summary>Validates the call's parameters (also used by presigning).</summary>
    /// <exception cref="ParamValidationError">A parameter is missing, unknown or of the wrong type or range.</exception>
    public void Validate(ApiCall call)
    {
        if (call.Operation.InputShape is { } input)
        {
            var report = call.TypedRequest is { } typed
                ? TypedParamValidator.Validate(typed, input)
                : _validator.Validate(call.Parameters, input);
            if (report.HasErrors)
            {
                throw new ParamValidationError(report.GenerateReport());
            }
        }
    }
}
