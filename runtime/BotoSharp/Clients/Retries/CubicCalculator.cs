namespace BotoSharp.Clients.Retries;

/// <summary>botocore's <c>CubicCalculator</c> (retries/throttling.py): the CUBIC send-rate curve of adaptive mode.</summary>
internal sealed class CubicCalculator
{
    private const double ScaleConstant = 0.4;
    private const double Beta = 0.7;

    private double _wMax;
    private double _k;
    private double _lastFail;

    public CubicCalculator(double startingMaxRate, double startTime)
    {
        _wMax = startingMaxRate;
        _k = ZeroPoint();
        _lastFail = startTime;
    }

    /// <summary>The rate after a success at <paramref name="timestamp"/> (seconds).</summary>
    public double SuccessReceived(double timestamp) => ScaleConstant * Math.Pow(timestamp - _lastFail - _k, 3) + _wMax;

    /// <summary>Remembers a throttle at <paramref name="timestamp"/> and returns the reduced rate.</summary>
    public double ErrorReceived(double currentRate, double timestamp)
    {
        _wMax = currentRate;
        _k = ZeroPoint();
        _lastFail = timestamp;
        return currentRate * Beta;
    }

    // Python's (x) ** (1 / 3.0) of a non-negative x.
    private double ZeroPoint() => Math.Pow(_wMax * (1 - Beta) / ScaleConstant, 1 / 3.0);
}
