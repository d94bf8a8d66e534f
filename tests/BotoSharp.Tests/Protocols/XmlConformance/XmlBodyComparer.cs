using System.Text;
using BotoSharp.Tests.Protocols.Support;

namespace BotoSharp.Tests.Protocols.XmlConformance;

/// <summary>
/// rest-xml body comparison as botocore's runner makes it (<c>ET.canonicalize(strip_text=True)</c> on both sides,
/// falling back to text when either side is not XML).
/// </summary>
public static class XmlBodyComparer
{
    /// <summary>A <see cref="ConformanceRunner.BodyComparer"/> for rest-xml.</summary>
    public static string? Canonical(byte[] actual, string expected)
    {
        var text = Encoding.UTF8.GetString(actual);
        if (CanonicalXml.TryCanonicalize(text) is { } a && CanonicalXml.TryCanonicalize(expected) is { } e)
        {
            return a == e ? null : $"canonical XML differs:\n actual:   {a}\n expected: {e}";
        }
        return BodyComparers.Exact(actual, expected);
    }
}
