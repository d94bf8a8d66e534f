namespace BotoSharp.Tests.EndToEnd;

/// <summary>
/// The verdict on one input: <see cref="ConfigFailure"/> is the mismatch with builtins from configuration alone (null
/// when that passed), <see cref="Failure"/> the mismatch that remains after botocore's builtin overwrite (null: passed).
/// </summary>
internal sealed record EndpointOperationResult(string? ConfigFailure, string? Failure)
{
    /// <summary>
    /// Runs the input from configuration, and again with the builtins overwritten if that did not pass and no
    /// configuration can express them (<see cref="EndpointOperationCase.BuiltInsNeedOverwrite"/>).
    /// </summary>
    public static EndpointOperationResult Evaluate(EndpointOperationCase testCase)
    {
        var fromConfig = EndpointOperationExpectation.Check(testCase, EndpointOperationRunner.Run(testCase, overwriteBuiltIns: false));
        if (fromConfig is null)
        {
            return new EndpointOperationResult(null, null);
        }
        if (!testCase.BuiltInsNeedOverwrite)
        {
            // Configuration can express these builtins, so the configured client itself must pass.
            return new EndpointOperationResult(fromConfig, $"with builtins from configuration: {fromConfig}");
        }
        var overwritten = EndpointOperationExpectation.Check(testCase, EndpointOperationRunner.Run(testCase, overwriteBuiltIns: true));
        return new EndpointOperationResult(fromConfig, overwritten);
    }
}
