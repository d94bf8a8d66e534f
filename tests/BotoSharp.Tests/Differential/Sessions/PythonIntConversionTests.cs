using BotoSharp.Configuration;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Differential.Sessions;

/// <summary>
/// Found by the randomized session test (<c>max_attempts = ٣</c> in a config file): botocore converts with Python's
/// <c>int()</c>, which accepts every Unicode decimal digit, not only ASCII. Expected values were taken from python3.
/// </summary>
public class PythonIntConversionTests
{
    private static IEnumerable<TestCaseData> Accepted()
    {
        yield return new TestCaseData("٣", 3L).SetName("int() reads the Arabic-Indic digit three as 3");
        yield return new TestCaseData(" ٣٣ ", 33L).SetName("int() strips whitespace around non-ASCII digits");
        yield return new TestCaseData("١٢", 12L).SetName("int() reads a number written in Arabic-Indic digits");
        yield return new TestCaseData("１２", 12L).SetName("int() reads full-width digits");
        yield return new TestCaseData("٣_٣", 33L).SetName("int() allows an underscore between non-ASCII digits");
        yield return new TestCaseData("1_0", 10L).SetName("int() allows an underscore between ASCII digits");
        yield return new TestCaseData(" -12 ", -12L).SetName("int() reads a signed padded number");
        yield return new TestCaseData("9223372036854775807", long.MaxValue).SetName("int() reads the largest long");
    }

    private static IEnumerable<TestCaseData> Rejected() =>
        new[] { "²", "1__0", "_1", "1_", "", "+", "1.5", "0x10" }
            .Select(s => new TestCaseData(s).SetName($"int() rejects '{s}' with ValueError's text"));

    [TestCaseSource(nameof(Accepted))]
    public void Converts_like_python(string text, long expected)
    {
        Assert.That(Converters.ToInt(text), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Rejected))]
    public void Rejects_like_python(string text)
    {
        var error = Assert.Throws<InvalidConfigError>(() => Converters.ToInt(text));

        Assert.That(error!.Message, Is.EqualTo($"invalid literal for int() with base 10: '{text}'"));
    }
}
