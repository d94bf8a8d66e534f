namespace BotoSharp.Tests.Protocols.XmlDifferential;

/// <summary>Real operations with realistic parameters, written as the JSON both botocore and BotoSharp receive.</summary>
internal static class DifferentialCases
{
    /// <summary>(service, operation, params JSON) triples.</summary>
    public static readonly (string Service, string Operation, string Params)[] All =
    {
        ("ec2", "DescribeInstances", """{"InstanceIds": ["i-1", "i-2"], "Filters": [{"Name": "tag:Name", "Values": ["web server", "db"]}], "MaxResults": 10}"""),
        ("ec2", "RunInstances", """{"ImageId": "ami-1", "MinCount": 1, "MaxCount": 2, "BlockDeviceMappings": [{"DeviceName": "/dev/sda1", "Ebs": {"VolumeSize": 8, "DeleteOnTermination": true}}], "TagSpecifications": [{"ResourceType": "instance", "Tags": [{"Key": "k", "Value": "v w"}]}], "SecurityGroupIds": []}"""),
        ("ec2", "CreateTags", """{"Resources": ["i-1"], "Tags": [{"Key": "Name", "Value": "a&b=c"}], "DryRun": false}"""),
        ("ec2", "DescribeSpotPriceHistory", """{"StartTime": "2024-01-02T03:04:05.5Z", "InstanceTypes": ["m5.large"]}"""),
        ("iam", "CreateRole", """{"RoleName": "r", "AssumeRolePolicyDocument": "{\"Version\": \"2012-10-17\"}", "Tags": [{"Key": "a", "Value": "b"}]}"""),
        ("iam", "ListRoles", """{"PathPrefix": "/x/", "MaxItems": 5}"""),
        ("sns", "Publish", """{"TopicArn": "arn:aws:sns:us-east-1:1:t", "Message": "hello world ~*", "MessageAttributes": {"attr": {"DataType": "String", "StringValue": "v"}}}"""),
        ("sns", "SetSubscriptionAttributes", """{"SubscriptionArn": "arn", "AttributeName": "RawMessageDelivery", "AttributeValue": "true"}"""),
        ("sts", "AssumeRole", """{"RoleArn": "arn:aws:iam::1:role/r", "RoleSessionName": "session", "DurationSeconds": 900, "PolicyArns": [{"arn": "arn:aws:iam::1:policy/p"}]}"""),
        ("autoscaling", "CreateAutoScalingGroup", """{"AutoScalingGroupName": "g", "MinSize": 0, "MaxSize": 1, "AvailabilityZones": ["us-east-1a"], "Tags": [{"Key": "k", "Value": "v", "PropagateAtLaunch": true}]}"""),
        ("elb", "CreateLoadBalancer", """{"LoadBalancerName": "lb", "Listeners": [{"Protocol": "HTTP", "LoadBalancerPort": 80, "InstancePort": 8080}], "Subnets": []}"""),
        ("rds", "DescribeDBInstances", """{"Filters": [{"Name": "engine", "Values": ["postgres"]}]}"""),
        ("s3", "PutBucketTagging", """{"Bucket": "b", "Tagging": {"TagSet": [{"Key": "k", "Value": "v<&>"}]}}"""),
        ("s3", "DeleteObjects", """{"Bucket": "b", "Delete": {"Objects": [{"Key": "a b"}, {"Key": "c/d", "VersionId": "1"}], "Quiet": true}}"""),
        ("s3", "ListObjectsV2", """{"Bucket": "b", "Prefix": "a b/", "MaxKeys": 5, "FetchOwner": true}"""),
        ("s3", "PutObject", """{"Bucket": "b", "Key": "dir/a b+c.txt", "Body": "data", "Metadata": {"color": "blue"}, "ContentType": "text/plain", "Expires": "2024-01-02T03:04:05Z"}"""),
        ("s3", "PutBucketLifecycleConfiguration", """{"Bucket": "b", "LifecycleConfiguration": {"Rules": [{"ID": "r", "Status": "Enabled", "Filter": {"Prefix": "logs/"}, "Expiration": {"Days": 30}}]}}"""),
        ("s3", "PutBucketAcl", """{"Bucket": "b", "AccessControlPolicy": {"Grants": [{"Grantee": {"Type": "CanonicalUser", "ID": "id"}, "Permission": "READ"}], "Owner": {"ID": "o"}}}"""),
        ("route53", "ChangeResourceRecordSets", """{"HostedZoneId": "Z1", "ChangeBatch": {"Changes": [{"Action": "UPSERT", "ResourceRecordSet": {"Name": "a.example.com", "Type": "A", "TTL": 60, "ResourceRecords": [{"Value": "1.2.3.4"}]}}]}}"""),
        ("cloudfront", "CreateInvalidation", """{"DistributionId": "D", "InvalidationBatch": {"Paths": {"Quantity": 1, "Items": ["/*"]}, "CallerReference": "ref"}}"""),
    };
}
