using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;

namespace Benchmarks.Stub;

/// <summary>
/// Real response bodies and headers as the services send them for the benchmarked calls (shapes taken from captured
/// responses; identifiers are made up).
/// </summary>
public static class Responses
{
    /// <summary>The SQS message body both SDKs send; the response's MD5 is computed from it so MD5 checks pass.</summary>
    public const string SqsMessageBody = "{\"orderId\":\"9f1c2b7e\",\"status\":\"shipped\",\"items\":3}";

    // Each response is built on first use: a cold process (tests/ColdStart.*) builds only the one it answers with.
    /// <summary>DynamoDB GetItem returning a 10-attribute item, with the <c>x-amz-crc32</c> header both SDKs verify.</summary>
    public static CannedResponse DynamoDbGetItem => s_dynamoDbGetItem.Value;

    private static readonly Lazy<CannedResponse> s_dynamoDbGetItem = new(() => Json(
        "{\"Item\":{\"pk\":{\"S\":\"user#1234\"},\"sk\":{\"S\":\"profile\"},\"name\":{\"S\":\"Ada Lovelace\"},"
        + "\"email\":{\"S\":\"ada@example.com\"},\"age\":{\"N\":\"36\"},\"active\":{\"BOOL\":true},\"score\":{\"N\":\"98.5\"},"
        + "\"tags\":{\"SS\":[\"math\",\"poetry\"]},\"created\":{\"S\":\"2024-01-01T00:00:00Z\"},"
        + "\"address\":{\"M\":{\"city\":{\"S\":\"London\"},\"zip\":{\"S\":\"W1J 7NT\"}}}}}",
        "application/x-amz-json-1.0", withCrc32: true));

    /// <summary>S3 PutObject: an empty 200 with the ETag, encryption and checksum headers S3 returns.</summary>
    public static CannedResponse S3PutObject => s_s3PutObject.Value;

    private static readonly Lazy<CannedResponse> s_s3PutObject = new(() => new(200, Array.Empty<byte>(),
        Header("x-amz-id-2", "Kq5mZ0d3kYwE4t6hR+2kF0wW1Q8y3m8n0sT0cXoD6vO9xSgM3Zk0p0hF3e6bC7GdP0yAqk1Rn1M="),
        Header("x-amz-request-id", "4B3A2F1E0D9C8B7A"),
        Header("Date", "Thu, 26 Nov 2026 08:00:00 GMT"),
        Header("x-amz-server-side-encryption", "AES256"),
        Header("ETag", "\"0f343b0931126a20f133d67c2b018a3b\""),
        Header("x-amz-checksum-crc32", "bm6Hgg=="),
        Header("x-amz-checksum-type", "FULL_OBJECT"),
        Header("Server", "AmazonS3")));

    /// <summary>S3 ListObjectsV2 with 100 keys.</summary>
    public static CannedResponse S3ListObjectsV2 => s_s3ListObjectsV2.Value;

    private static readonly Lazy<CannedResponse> s_s3ListObjectsV2 = new(() => Xml(ListBucketResult(100), "application/xml",
        Header("x-amz-id-2", "q0bK8c8n1mE3v8xQ1kJ5V2Zl0q4cQm0L6y2Ck1n2Qq7yYg1h6bC3eP1t0rDcQ5v0aY3e8Zr0f1E="),
        Header("x-amz-request-id", "7C6B5A4F3E2D1C0B"),
        Header("x-amz-bucket-region", "us-east-1"),
        Header("Server", "AmazonS3")));

    /// <summary>
    /// DynamoDB Query: one customer's 100 orders, eight attributes each (the partition key, status and currency repeat
    /// as they do in such a page; sort keys, amounts and dates are each item's own), with <c>x-amz-crc32</c>.
    /// </summary>
    public static CannedResponse DynamoDbQuery => s_dynamoDbQuery.Value;

    private static readonly Lazy<CannedResponse> s_dynamoDbQuery = new(() => Json(QueryPage(100), "application/x-amz-json-1.0", withCrc32: true));

    /// <summary>SQS SendMessage (JSON protocol), MD5 matching <see cref="SqsMessageBody"/>.</summary>
    public static CannedResponse SqsSendMessage => s_sqsSendMessage.Value;

    private static readonly Lazy<CannedResponse> s_sqsSendMessage = new(() => Json(
        "{\"MD5OfMessageBody\":\"" + Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(SqsMessageBody)))
        + "\",\"MessageId\":\"5fea7756-0ea4-451a-a703-a558b933e274\"}",
        "application/x-amz-json-1.0", withCrc32: false));

    /// <summary>STS GetCallerIdentity (query protocol XML).</summary>
    public static CannedResponse StsGetCallerIdentity => s_stsGetCallerIdentity.Value;

    private static readonly Lazy<CannedResponse> s_stsGetCallerIdentity = new(() => Xml(
        "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n  <GetCallerIdentityResult>\n"
        + "    <Arn>arn:aws:iam::123456789012:user/bench</Arn>\n    <UserId>AIDASAMPLEUSERID12345</UserId>\n"
        + "    <Account>123456789012</Account>\n  </GetCallerIdentityResult>\n  <ResponseMetadata>\n"
        + "    <RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId>\n  </ResponseMetadata>\n</GetCallerIdentityResponse>\n",
        "text/xml", Header("x-amzn-RequestId", "01234567-89ab-cdef-0123-456789abcdef")));

    /// <summary>EC2 DescribeInstances with 20 instances in 4 reservations.</summary>
    public static CannedResponse Ec2DescribeInstances => s_ec2DescribeInstances.Value;

    private static readonly Lazy<CannedResponse> s_ec2DescribeInstances = new(() => Xml(Ec2Instances.Document(reservations: 4, perReservation: 5),
        "text/xml;charset=UTF-8", Header("Server", "AmazonEC2")));

    private static KeyValuePair<string, string> Header(string name, string value) => new(name, value);

    private static CannedResponse Json(string body, string contentType, bool withCrc32)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var headers = new List<KeyValuePair<string, string>>
        {
            Header("x-amzn-RequestId", "RQ7N0P2M4K6J8H0G2F4D6S8A0QWERTYUIOPASDFGHJKLZXCVBNMQ"),
            Header("Content-Type", contentType),
            Header("Date", "Thu, 26 Nov 2026 08:00:00 GMT"),
        };
        if (withCrc32)
        {
            headers.Add(Header("x-amz-crc32", Crc32.HashToUInt32(bytes).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return new CannedResponse(200, bytes, headers.ToArray());
    }

    private static CannedResponse Xml(string body, string contentType, params KeyValuePair<string, string>[] extra) =>
        new(200, Encoding.UTF8.GetBytes(body), [Header("Content-Type", contentType), Header("Date", "Thu, 26 Nov 2026 08:00:00 GMT"), .. extra]);

    private static string ListBucketResult(int keys)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">");
        xml.Append("<Name>bench-bucket</Name><Prefix>logs/</Prefix><KeyCount>").Append(keys).Append("</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>");
        for (var i = 0; i < keys; i++)
        {
            xml.Append("<Contents><Key>logs/2026/11/26/app-").Append(i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))
                .Append(".log.gz</Key><LastModified>2026-11-26T07:").Append((i % 60).ToString("D2", System.Globalization.CultureInfo.InvariantCulture))
                .Append(":00.000Z</LastModified><ETag>&quot;").Append(ETagOf(i)).Append("&quot;</ETag>")
                .Append("<ChecksumAlgorithm>CRC64NVME</ChecksumAlgorithm><ChecksumType>FULL_OBJECT</ChecksumType><Size>")
                .Append(1024 + (i * 37)).Append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
        }
        return xml.Append("</ListBucketResult>").ToString();
    }

    private static string QueryPage(int items)
    {
        var json = new StringBuilder("{\"Count\":").Append(items).Append(",\"ScannedCount\":").Append(items).Append(",\"Items\":[");
        string[] statuses = ["PLACED", "SHIPPED", "DELIVERED"];
        for (var i = 0; i < items; i++)
        {
            var n = i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            json.Append(i == 0 ? "" : ",")
                .Append("{\"pk\":{\"S\":\"customer#48213\"},\"sk\":{\"S\":\"order#2026-11-").Append(n).Append("\"},")
                .Append("\"status\":{\"S\":\"").Append(statuses[i % 3]).Append("\"},\"currency\":{\"S\":\"EUR\"},")
                .Append("\"amount\":{\"N\":\"").Append(10 + (i * 7 % 500)).Append(".").Append(i % 100).Append("\"},")
                .Append("\"items\":{\"N\":\"").Append(1 + (i % 5)).Append("\"},")
                .Append("\"created\":{\"S\":\"2026-11-").Append(1 + (i % 28)).Append("T10:").Append(n[2..]).Append(":00Z\"},")
                .Append("\"address\":{\"M\":{\"city\":{\"S\":\"Lyon\"},\"zip\":{\"S\":\"69002\"}}}}");
        }
        return json.Append("]}").ToString();
    }

    // Each object its own ETag, as a real listing has: a reader that keeps repeated values once gains nothing here.
    private static string ETagOf(int i) =>
        Convert.ToHexStringLower(MD5.HashData(BitConverter.GetBytes(i)));
}
