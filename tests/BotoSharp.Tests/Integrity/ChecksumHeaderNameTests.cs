using System.Text.RegularExpressions;
using BotoSharp.Http.Checksums;

namespace BotoSharp.Tests.Integrity;

/// <summary>The hand-written checksum header test answers as botocore's <c>CHECKSUM_HEADER_PATTERN</c>.</summary>
public class ChecksumHeaderNameTests
{
    private static readonly Regex s_botocorePattern =
        new("^X-Amz-Checksum-([a-z0-9]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [TestCase("x-amz-checksum-crc32")]
    [TestCase("X-Amz-Checksum-CRC64NVME")]
    [TestCase("x-amz-checksum-")]
    [TestCase("x-amz-checksum-mode")]
    [TestCase("x-amz-checksum-crc32\n")]
    [TestCase("x-amz-checksum-crc32\n\n")]
    [TestCase("x-amz-checksum-crc-32")]
    [TestCase("x-amz-checksum")]
    [TestCase("x-amz-checksumcrc32")]
    [TestCase(" x-amz-checksum-crc32")]
    [TestCase("x-amz-checksum-sha256 ")]
    [TestCase("x-amz-sdk-checksum-algorithm")]
    [TestCase("Content-MD5")]
    [TestCase("")]
    [TestCase("x-amz-checksum-\u212A")]
    [TestCase("x-amz-checksum-é")]
    public void NameTestMatchesThePattern(string name) =>
        Assert.That(FlexibleChecksums.IsChecksumHeaderName(name), Is.EqualTo(s_botocorePattern.IsMatch(name)));
}
