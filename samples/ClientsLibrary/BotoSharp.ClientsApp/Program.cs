using BotoSharp;
using BotoSharp.Services.DynamoDB;
using BotoSharp.Services.S3;

// The application half of the layout: editing this file rebuilds this project only; the S3 and DynamoDB clients
// were compiled once into BotoSharp.ClientsLibrary. No call is made: the clients are created and described.
var session = new Session(environment: new Dictionary<string, string> { ["AWS_EC2_METADATA_DISABLED"] = "true" });
using var s3 = session.CreateClient<S3Client>(regionName: "eu-west-1");
using var dynamodb = session.CreateClient<DynamoDBClient>(regionName: "eu-west-1");
Console.WriteLine($"S3 client for {s3.Meta.RegionName} at {s3.Meta.EndpointUrl}");
Console.WriteLine($"DynamoDB client for {dynamodb.Meta.RegionName} at {dynamodb.Meta.EndpointUrl}");
return s3.Meta.EndpointUrl.Contains("eu-west-1", StringComparison.Ordinal) ? 0 : 1;
