namespace BotoSharp.Tests.EndToEnd;

/// <summary>
/// The verdict on one input: <see cref="ConfigFailure"/> is the mismatch with builtins from configuration alone (null
/// when that passed), <see cref="Failure"/> the mismatch that remains after botocore's builtin overwrite (null: passed).
/// </summary>
internal sealed record EndpointOperationResult(string? ConfigFailure, string? Failure)
{
    /// <summary>Runs the input from configuration, and again with the builtins overwritten if that did not pass.</summary>
    public static EndpointOperationResult Evaluate(EndpointOperationCase testCase)
    {
        var fromConfig = EndpointOperationExpectation.Check(testCase, EndpointOperationRunner.Run(testCase, overwriteBuiltIns: false));
        if (fromConfig is null)
        {
            return new EndpointOperationResult(null, null);
        }
        var overwritten = EndpointOperationExpectation.Check(testCase, EndpointOperationRunner.Run(testCase, overwriteBuiltIns: true));
        return new EndpointOperationResult(fromConfig, overwritten);
    }
}
