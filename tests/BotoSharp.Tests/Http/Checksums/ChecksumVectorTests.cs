using System.Text;
using BotoSharp.Errors;
using BotoSharp.Http.Checksums;

namespace BotoSharp.Tests.Http.Checksums;

/// <summary>Known-answer digests (CRC32/SHA from python's zlib/hashlib as botocore uses them; the others from their published check values).</summary>
[TestFixture]
public sealed class ChecksumVectorTests
{
    [TestCase("crc32", "", "AAAAAA==")]
    [TestCase("crc32", "Hello world", "i9aeUg==")]
    [TestCase("crc32", "123456789", "y/Q5Jg==")]
    [TestCase("sha1", "Hello world", "e1AsOh9IyGCa4hLN+2Od7jlnP14=")]
    [TestCase("sha256", "", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")]
    [TestCase("sha256", "123456789", "FeKw08M4keuw8e9gnsQZQgwg4yDOlMZfvIwzEkSOsiU=")]
    [TestCase("sha512", "Hello world", "t/eDuu2Cl/DbkXRiGE/08I5pwtXl95qUJgD5cl9Yzh8pwYE5v4CwbA//K900c4RS7PQMSIwip+PYDN9vnBwNRw==")]
    [TestCase("crc32c", "123456789", "4waSgw==")]
    [TestCase("crc64nvme", "123456789", "rosUhgp5mIg=")]
    [TestCase("xxhash64", "", "70bbN1HY6Zk=")]
    [TestCase("xxhash3", "", "LQaABTjTlMI=")]
    [TestCase("xxhash128", "", "maoG0wFHmNhgAcMkRo1Jfw==")]
    public void The_base64_digest_matches_the_known_answer(string algorithm, string input, string expected)
    {
        var checksum = Checksum.Create(algorithm);
        checksum.Update(Encoding.ASCII.GetBytes(input));
        Assert.That(checksum.Base64Digest(), Is.EqualTo(expected));
    }

    [TestCase("crc32")]
    [TestCase("crc32c")]
    [TestCase("crc64nvme")]
    public void Feeding_bytes_in_pieces_gives_the_same_digest_as_all_at_once(string algorithm)
    {
        var data = Enumerable.Range(0, 1000).Select(i => (byte)(i * 7)).ToArray();
        var whole = Checksum.Create(algorithm);
        whole.Update(data);
        var pieces = Checksum.Create(algorithm);
        foreach (var chunk in data.Chunk(13))
        {
            pieces.Update(chunk);
        }
        Assert.That(pieces.Base64Digest(), Is.EqualTo(whole.Base64Digest()));
    }

    [Test]
    public void An_unknown_algorithm_raises_FlexibleChecksumError()
    {
        Assert.That(() => Checksum.Create("crc128"), Throws.TypeOf<FlexibleChecksumError>().With.Message.EqualTo("Unsupported checksum algorithm: crc128"));
    }
}
