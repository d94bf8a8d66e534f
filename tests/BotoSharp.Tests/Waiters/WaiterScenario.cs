using System.Text.Json.Nodes;

namespace BotoSharp.Tests.Waiters;

/// <summary>One scripted waiter run: a DescribeTable waiter's acceptors and the replies the local server gives in turn.</summary>
public sealed record WaiterScenario(string Name, string Acceptors, int MaxAttempts, params (int Status, string Body)[] Replies)
{
    /// <summary>The waiters-2 document holding just this waiter.</summary>
    public JsonObject Model => new()
    {
        ["version"] = 2,
        ["waiters"] = new JsonObject
        {
            [Name] = new JsonObject
            {
                ["operation"] = "DescribeTable",
                ["delay"] = 0,
                ["maxAttempts"] = MaxAttempts,
                ["acceptors"] = JsonNode.Parse(Acceptors),
            },
        },
    };

    internal static string Table(string status, params string[] indexStatuses) =>
        new JsonObject
        {
            ["Table"] = new JsonObject
            {
                ["TableStatus"] = status,
                ["GlobalSecondaryIndexes"] = new JsonArray(indexStatuses.Select(s => (JsonNode)new JsonObject { ["IndexStatus"] = s }).ToArray()),
            },
        }.ToJsonString();

    internal static (int, string) Error(string code, string message) =>
        (400, new JsonObject { ["__type"] = "com.amazonaws.dynamodb.v20120810#" + code, ["message"] = message }.ToJsonString());

    /// <summary>Every matcher (path, pathAll, pathAny, status, error true/false/code) and state (success, failure, retry).</summary>
    public static IEnumerable<WaiterScenario> All()
    {
        const string tableActive = """{"state":"success","matcher":"path","argument":"Table.TableStatus","expected":"ACTIVE"}""";
        const string notFoundRetry = """{"state":"retry","matcher":"error","expected":"ResourceNotFoundException"}""";
        yield return new("PathSuccessAfterRetries", $"[{tableActive},{notFoundRetry}]", 5,
            Error("ResourceNotFoundException", "missing"), (200, Table("CREATING")), (200, Table("ACTIVE")));
        yield return new("PathAllSuccess", """[{"state":"success","matcher":"pathAll","argument":"Table.GlobalSecondaryIndexes[].IndexStatus","expected":"ACTIVE"}]""", 5,
            (200, Table("ACTIVE")), (200, Table("ACTIVE", "CREATING", "ACTIVE")), (200, Table("ACTIVE", "ACTIVE")));
        yield return new("PathAnyFailure", """[{"state":"failure","matcher":"pathAny","argument":"Table.GlobalSecondaryIndexes[].IndexStatus","expected":"DELETING"},""" + tableActive + "]", 5,
            (200, Table("UPDATING", "ACTIVE")), (200, Table("UPDATING", "ACTIVE", "DELETING")));
        yield return new("StatusSuccess", """[{"state":"success","matcher":"status","expected":200}]""", 3, (200, Table("X")));
        yield return new("StatusRetryThenMaxAttempts", """[{"state":"success","matcher":"path","argument":"Table.TableStatus","expected":"ACTIVE"},{"state":"retry","matcher":"status","expected":200}]""", 3,
            (200, Table("CREATING")));
        yield return new("ErrorTrueSuccess", """[{"state":"success","matcher":"error","expected":true}]""", 4,
            (200, Table("ACTIVE")), Error("ResourceNotFoundException", "gone"));
        yield return new("ErrorFalseSuccess", """[{"state":"success","matcher":"error","expected":false}]""", 3, (200, Table("ACTIVE")));
        yield return new("ErrorCodeFailure", """[{"state":"failure","matcher":"error","expected":"ResourceInUseException"},""" + tableActive + "]", 3,
            (200, Table("CREATING")), Error("ResourceInUseException", "busy"));
        yield return new("UnexpectedError", $"[{tableActive},{notFoundRetry}]", 5, (200, Table("CREATING")), Error("ValidationException", "bad table"));
        yield return new("MaxAttemptsNoMatch", $"[{tableActive}]", 3, (200, Table("CREATING")));
        yield return new("MaxAttemptsAfterRetryMatch", $"[{notFoundRetry},{tableActive}]", 2, Error("ResourceNotFoundException", "missing"), (200, Table("CREATING")));
        yield return new("PathBooleanExpected", """[{"state":"success","matcher":"path","argument":"length(Table.GlobalSecondaryIndexes) > `1`","expected":true}]""", 4,
            (200, Table("A", "x")), (200, Table("A", "x", "y")));
    }
}
