using System.Runtime.CompilerServices;

namespace BotoSharp.AotSample;

/// <summary>Tells the published native executable from the same code running on the JIT.</summary>
internal static class AotDetection
{
    /// <summary>True in a Native AOT process (no dynamic code there).</summary>
    public static bool IsNativeAot => !RuntimeFeature.IsDynamicCodeSupported;
}
