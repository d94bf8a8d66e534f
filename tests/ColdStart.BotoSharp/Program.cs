using System.Diagnostics;
using System.Globalization;
using Benchmarks.Stub;
using BotoSharp;
using BotoSharp.Services.DynamoDB;

// One cold call: session, client, GetItem through the stub; prints "<ms from Main to the parsed result> <name>".
// Keys and region are explicit and the environment is empty of AWS settings, so no file or metadata service is read.
var start = Stopwatch.GetTimestamp();
var home = Path.Combine(Path.GetTempPath(), "botosharp-cold-start-home");
var session = new Session(environment: new Dictionary<string, string>
{
    ["HOME"] = home,
    ["AWS_CONFIG_FILE"] = Path.Combine(home, "config"),
    ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(home, "credentials"),
})
{
    HttpMessageHandlerFactory = _ => new StubHandler(Responses.DynamoDbGetItem),
};
using var client = session.CreateClient<DynamoDBClient>("us-east-1", awsAccessKeyId: "AKIDEXAMPLE", awsSecretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
var output = await client.GetItemAsync(new GetItemInput
{
    TableName = "users",
    Key = new() { ["pk"] = new AttributeValue { S = "user#1234" } },
});
var name = output.Item?["name"].S;
Console.WriteLine(Stopwatch.GetElapsedTime(start).TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " " + name);
return name == "Ada Lovelace" ? 0 : 1;
