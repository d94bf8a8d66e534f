using BotoSharp.Protocols.Xml;

namespace BotoSharp.Tests.Protocols.Xml;

/// <summary>botocore puts <c>str(value)</c> on the wire, so numbers must read exactly as Python prints them.</summary>
public class PythonTextTests
{
    [TestCase(1.0, "1.0")]
    [TestCase(1e16, "1e+16")]
    [TestCase(1e-5, "1e-05")]
    [TestCase(0.0001, "0.0001")]
    [TestCase(1.5, "1.5")]
    [TestCase(-2.5e-7, "-2.5e-07")]
    [TestCase(1e22, "1e+22")]
    [TestCase(12345678901234567.0, "1.2345678901234568e+16")]
    [TestCase(123456789012345.6, "123456789012345.6")]
    [TestCase(0.1, "0.1")]
    [TestCase(100.0, "100.0")]
    [TestCase(9999999999999998.0, "9999999999999998.0")]
    [TestCase(0.0, "0.0")]
    public void ADoubleIsWrittenAsPythonsRepr(double value, string expected) =>
        Assert.That(PythonText.FormatDouble(value), Is.EqualTo(expected));

    [Test]
    public void IntegersAndBooleansAreWrittenAsPythonsStr()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PythonText.Str(42L), Is.EqualTo("42"));
            Assert.That(PythonText.Str(-7), Is.EqualTo("-7"));
            Assert.That(PythonText.Str(true), Is.EqualTo("True"));
            Assert.That(PythonText.Str(1.25m), Is.EqualTo("1.25"));
        });
    }
}
