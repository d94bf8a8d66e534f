using System.Diagnostics;
using System.Globalization;
using Benchmarks.Stub;
using BotoSharp;
using BotoSharp.Services.DynamoDB;

// One cold call: session, client, GetItem through the stub; prints "<ms from Main to the parsed result> <name>".
// Keys and region are explicit and the environment is empty of AWS settings, so no file or metadata service is read.
// With BOTOSHARP_COLD_START_PHASES=1 it also prints to stderr when each step ended (after the result, so the
// console's own start-up is not inside a step), to split the figure.
var start = Stopwatch.GetTimestamp();
var phaseEnds = new long[4];
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
phaseEnds[0] = Stopwatch.GetTimestamp();
using var client = session.CreateClient<DynamoDBClient>("us-east-1", awsAccessKeyId: "AKIDEXAMPLE", awsSecretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
phaseEnds[1] = Stopwatch.GetTimestamp();
var input = new GetItemInput
{
    TableName = "users",
    Key = new() { ["pk"] = new AttributeValue { S = "user#1234" } },
};
phaseEnds[2] = Stopwatch.GetTimestamp();
var output = await client.GetItemAsync(input);
phaseEnds[3] = Stopwatch.GetTimestamp();
var name = output.Item?["name"].S;
Console.WriteLine(Stopwatch.GetElapsedTime(start).TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " " + name);
if (Environment.GetEnvironmentVariable("BOTOSHARP_COLD_START_PHASES") == "1")
{
    string[] steps = ["session", "client", "input", "call"];
    for (var i = 0; i < steps.Length; i++)
        Console.Error.WriteLine(steps[i] + " " + Stopwatch.GetElapsedTime(start, phaseEnds[i]).TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture));
}
return name == "Ada Lovelace" ? 0 : 1;
