namespace Benchmarks;

/// <summary>
/// "--smoke": runs every call once on both SDKs and checks the parsed results and the first request's URL (the same
/// checks every benchmark run makes in its set-up), so a stub that one SDK rejects shows up in seconds.
/// </summary>
public static class Smoke
{
    /// <summary>Runs the checks; returns the process exit code.</summary>
    public static async Task<int> RunAsync()
    {
        var calls = new CallBenchmarks();
        calls.Setup();
        var failures = await CallChecks.RunAsync(calls, Console.Out).ConfigureAwait(false);
        failures += await CreationBenchmarks.CheckAsync(Console.Out).ConfigureAwait(false);
        calls.Cleanup();
        return failures == 0 ? 0 : 1;
    }
}
