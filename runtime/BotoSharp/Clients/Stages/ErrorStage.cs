using BotoSharp.Errors;
using BotoSharp.Loading;

namespace BotoSharp.Clients.Stages;

/// <summary>
/// The end of botocore's <c>_make_api_call</c>: a status of 300 or more becomes the modeled exception for the error
/// code (<c>error_code_override</c>, else <c>Error.Code</c>), or a plain <see cref="ClientError"/>.
/// </summary>
internal sealed class ErrorStage : CallStage
{
    private readonly CompiledServiceModel? _compiled;

    public ErrorStage(CompiledServiceModel? compiled)
    {
        _compiled = compiled;
    }

    /// <inheritdoc />
    public override bool HandlesResponse => true;

    /// <inheritdoc />
    /// <exception cref="ClientError">The service answered with an error.</exception>
    public override ValueTask ProcessAsync(ApiCall call, CancellationToken cancellationToken)
    {
        if (call.Response!.StatusCode >= 300)
        {
            throw CreateError(call.Parsed!, call.Operation.Name, call.Context);
        }
        return ValueTask.CompletedTask;
    }

    private ClientError CreateError(Dictionary<string, object?> parsed, string operationName, Dictionary<string, object?> context)
    {
        var error = parsed.TryGetValue("Error", out var e) ? e as IDictionary<string, object?> : null;
        var code = context.TryGetValue("error_code_override", out var overridden) && overridden is string o ? o
            : error is not null && error.TryGetValue("Code", out var c) ? c as string : null;
        if (code is not null && _compiled?.CreateError(code, parsed, operationName) is { } modeled)
        {
            return modeled;
        }
        return new ClientError(parsed, operationName);
    }
}
