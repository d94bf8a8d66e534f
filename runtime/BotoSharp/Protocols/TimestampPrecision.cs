namespace BotoSharp.Protocols;

/// <summary>How finely serializers write timestamps (botocore's <c>timestamp_precision</c>).</summary>
public enum TimestampPrecision
{
    /// <summary>ISO 8601 with microseconds when non-zero; epoch and RFC 822 in whole seconds.</summary>
    Default,

    /// <summary>ISO 8601 always with three fractional digits; epoch seconds with a millisecond fraction.</summary>
    Millisecond,
}
