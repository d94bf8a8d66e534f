namespace BotoSharp.Tests.Protocols.Support;

/// <summary>Turns loaded cases into NUnit test cases named after the case, for <c>[TestCaseSource]</c>.</summary>
public static class ConformanceCases
{
    /// <summary>The cases of the given protocol files and kind, each named readably.</summary>
    public static IEnumerable<TestCaseData> For(string kind, params string[] protocols) =>
        protocols.SelectMany(p => ProtocolTestLoader.Load(p, kind))
            .Select(c => new TestCaseData(c).SetName(c.ToString()));
}
