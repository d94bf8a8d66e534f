namespace BotoSharp.Clients.Retries;

/// <summary>
/// botocore's standard <c>ExponentialBackoff</c>: truncated binary exponential backoff with full jitter,
/// <c>random() * min(2 ** (attempt - 1), 20)</c> seconds.
/// </summary>
internal sealed class StandardBackoff
{
    private const double Base = 2;
    private const double MaxBackoffSeconds = 20;

    private readonly Func<double> _random;

    /// <param name="random">A number in [0, 1), botocore's <c>random.random</c>.</param>
    public StandardBackoff(Func<double> random)
    {
        _random = random;
    }

    /// <summary>Seconds to wait before the attempt after <paramref name="attemptNumber"/>.</summary>
    public double DelaySeconds(int attemptNumber) => _random() * Math.Min(Math.Pow(Base, attemptNumber - 1), MaxBackoffSeconds);
}
