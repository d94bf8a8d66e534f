namespace BotoSharp.Tests.Protocols.XmlDifferential;

/// <summary>Real responses (status, headers, body) that both botocore and BotoSharp parse with the real models.</summary>
internal static class ParseDifferentialCases
{
    /// <summary>(service, operation, status, headers JSON, body) tuples.</summary>
    public static readonly (string Service, string Operation, int Status, string Headers, string Body)[] All =
    {
        ("s3", "HeadObject", 200,
            """{"x-amz-request-id": "R1", "x-amz-id-2": "H1", "Content-Length": "265", "Last-Modified": "Tue, 20 Aug 2013 18:33:25 GMT", "ETag": "\"abc\"", "x-amz-meta-Color": "blue", "x-amz-server-side-encryption": "AES256", "x-amz-missing-meta": "2", "x-amz-delete-marker": "true"}""",
            ""),
        ("s3", "GetObject", 404,
            """{"x-amz-request-id": "R2", "x-amz-id-2": "H2", "Content-Type": "application/xml"}""",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>a b</Key><RequestId>R2</RequestId><HostId>H2</HostId></Error>"),
        ("s3", "ListObjectsV2", 200,
            """{"x-amz-request-id": "R3"}""",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name><Prefix></Prefix><KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated><Contents><Key>k</Key><LastModified>2024-01-02T03:04:05.000Z</LastModified><ETag>&quot;e&quot;</ETag><Size>3</Size><StorageClass>STANDARD</StorageClass></Contents><CommonPrefixes><Prefix>p/</Prefix></CommonPrefixes></ListBucketResult>"),
        ("s3", "GetBucketTagging", 200, "{}",
            "<Tagging xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><TagSet><Tag><Key>k</Key><Value>v</Value></Tag><Tag><Key>k2</Key><Value></Value></Tag></TagSet></Tagging>"),
        ("s3", "PutObject", 503, """{"x-amz-request-id": "R4"}""", ""),
        ("route53", "GetHostedZone", 400, """{"x-amzn-RequestId": "R5"}""",
            "<ErrorResponse xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\"><Error><Type>Sender</Type><Code>NoSuchHostedZone</Code><Message>No hosted zone found</Message></Error><RequestId>R5</RequestId></ErrorResponse>"),
        ("sts", "AssumeRole", 200, "{}",
            "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult><Credentials><AccessKeyId>AK</AccessKeyId><SecretAccessKey>SK</SecretAccessKey><SessionToken>T</SessionToken><Expiration>2024-01-02T03:04:05Z</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>id:s</AssumedRoleId><Arn>arn</Arn></AssumedRoleUser><PackedPolicySize>6</PackedPolicySize></AssumeRoleResult><ResponseMetadata><RequestId>R6</RequestId></ResponseMetadata></AssumeRoleResponse>"),
        ("sns", "Publish", 400, "{}",
            "<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>Sender</Type><Code>NotFound</Code><Message>Topic does not exist</Message></Error><RequestId>R7</RequestId></ErrorResponse>"),
        ("ec2", "DescribeInstances", 200, "{}",
            "<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>R8</requestId><reservationSet><item><reservationId>r-1</reservationId><instancesSet><item><instanceId>i-1</instanceId><launchTime>2024-01-02T03:04:05.000Z</launchTime><ebsOptimized>false</ebsOptimized><tagSet><item><key>Name</key><value>web</value></item></tagSet></item></instancesSet></item></reservationSet></DescribeInstancesResponse>"),
        ("ec2", "RunInstances", 400, "{}",
            "<Response><Errors><Error><Code>InvalidAMIID.Malformed</Code><Message>Invalid id: \"ami-x\"</Message></Error></Errors><RequestID>R9</RequestID></Response>"),
        ("iam", "GetRole", 404, "{}",
            "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>Role r not found</Message></Error><RequestId>R10</RequestId></ErrorResponse>"),
        ("cloudfront", "GetDistribution", 200, """{"ETag": "E1", "x-amzn-RequestId": "R11"}""",
            "<Distribution xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\"><Id>D</Id><ARN>arn</ARN><Status>Deployed</Status><LastModifiedTime>2024-01-02T03:04:05.123Z</LastModifiedTime><InProgressInvalidationBatches>0</InProgressInvalidationBatches><DomainName>d.cloudfront.net</DomainName></Distribution>"),
    };
}
