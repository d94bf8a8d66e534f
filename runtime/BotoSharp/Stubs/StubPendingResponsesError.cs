namespace BotoSharp.Stubs;

/// <summary>
/// botocore's bare <c>AssertionError</c> from <c>assert_no_pending_responses</c>, typed: queued responses were never
/// used. The message is botocore's (<c>"2 responses remaining in queue."</c>).
/// </summary>
public sealed class StubPendingResponsesError : Exception
{
    /// <summary>Creates the error for <paramref name="remaining"/> unused responses.</summary>
    public StubPendingResponsesError(int remaining)
        : base($"{remaining} responses remaining in queue.")
    {
        Remaining = remaining;
    }

    /// <summary>How many queued responses were never used.</summary>
    public int Remaining { get; }
}
