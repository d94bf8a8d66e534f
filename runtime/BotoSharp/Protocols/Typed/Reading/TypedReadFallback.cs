namespace BotoSharp.Protocols.Typed.Reading;

/// <summary>
/// Thrown by a typed reader when the response holds something only the dictionary path reproduces exactly (a
/// repeated wrapper element, a union with two members, malformed input…). The parse stage catches it and parses
/// the same bytes the dictionary way, which either succeeds with botocore's value or raises botocore's error, so the
/// typed path never turns bad input into a result.
/// </summary>
internal sealed class TypedReadFallback : Exception
{
    /// <summary>Creates the signal; <paramref name="reason"/> is for debugging only.</summary>
    public TypedReadFallback(string reason, Exception? inner = null)
        : base(reason, inner)
    {
    }
}
