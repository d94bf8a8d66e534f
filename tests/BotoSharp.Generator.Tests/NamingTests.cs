using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Tests;

/// <summary>How enum member names keep the word boundaries of the wire values.</summary>
public class NamingTests
{
    [TestCase("ALL_OLD", "AllOld")]
    [TestCase("STANDARD_IA", "StandardIa")]
    [TestCase("GLACIER_IR", "GlacierIr")]
    [TestCase("ENABLED", "Enabled")]
    [TestCase("AES256", "Aes256")]
    [TestCase("aws:kms", "AwsKms")]
    [TestCase("aws:kms:dsse", "AwsKmsDsse")]
    [TestCase("t2.micro", "T2Micro")]
    [TestCase("ml.m5.xlarge", "MlM5Xlarge")]
    [TestCase("IPv4", "IPv4")]
    [TestCase("dark-blue", "DarkBlue")]
    [TestCase("application/json", "ApplicationJson")]
    [TestCase("2x", "Value2x")]
    [TestCase("1.0", "Value10")]
    [TestCase("Standard", "Standard")]
    [TestCase("--", "Value")]
    public void EnumValueNamesKeepWordBoundaries(string wire, string expected)
    {
        Assert.That(Naming.PascalWords(wire, "Value"), Is.EqualTo(expected));
    }
}
