namespace BotoSharp.Http.Checksums;

/// <summary>Checksum algorithm names (lower case, as botocore keeps them) and which of them can be used.</summary>
public static class ChecksumAlgorithms
{
    /// <summary>CRC-32 (IEEE), the default request checksum.</summary>
    public const string Crc32 = "crc32";

    /// <summary>CRC-32C (Castagnoli).</summary>
    public const string Crc32C = "crc32c";

    /// <summary>CRC-64/NVME.</summary>
    public const string Crc64Nvme = "crc64nvme";

    /// <summary>SHA-1.</summary>
    public const string Sha1 = "sha1";

    /// <summary>SHA-256.</summary>
    public const string Sha256 = "sha256";

    /// <summary>SHA-512.</summary>
    public const string Sha512 = "sha512";

    /// <summary>MD5, only for the legacy <c>Content-MD5</c> header.</summary>
    public const string Md5 = "md5";

    /// <summary>XXH64.</summary>
    public const string XxHash64 = "xxhash64";

    /// <summary>XXH3 64-bit.</summary>
    public const string XxHash3 = "xxhash3";

    /// <summary>XXH3 128-bit.</summary>
    public const string XxHash128 = "xxhash128";

    /// <summary>The default request algorithm name as sent in <c>x-amz-sdk-checksum-algorithm</c>.</summary>
    public const string DefaultAlgorithmHeaderValue = "CRC32";

    /// <summary>What plain botocore (no <c>awscrt</c>) computes.</summary>
    public static readonly IReadOnlyList<string> WithoutCrt = new[] { Crc32, Sha1, Sha256, Sha512 };

    /// <summary>The algorithms botocore only has with <c>awscrt</c>; without it asking for one is a <c>MissingDependencyException</c>.</summary>
    public static readonly IReadOnlyList<string> CrtOnly = new[] { Crc32C, Crc64Nvme, XxHash64, XxHash3, XxHash128 };

    /// <summary>What botocore with <c>awscrt</c> computes; BotoSharp implements all of them natively.</summary>
    public static readonly IReadOnlyList<string> WithCrt = new[] { Crc32, Sha1, Sha256, Sha512, Crc32C, Crc64Nvme, XxHash64, XxHash3, XxHash128 };

    /// <summary>Response validation tries algorithms in this order.</summary>
    public static readonly IReadOnlyList<string> Priority = new[] { XxHash128, XxHash3, Crc64Nvme, XxHash64, Crc32C, Crc32, Sha1, Sha256, Sha512 };
}
