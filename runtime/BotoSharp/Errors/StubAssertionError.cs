namespace BotoSharp.Errors;

/// <summary>
/// botocore's <c>StubAssertionError</c> (a <c>StubResponseError</c> that is also an <c>AssertionError</c>): the call's
/// parameters are not the ones the stubbed response expects.
/// </summary>
public class StubAssertionError : StubResponseError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public StubAssertionError(string? operationName, string? reason, Exception? innerException = null)
        : base(operationName, reason, innerException)
    {
    }
}
