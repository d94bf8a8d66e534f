using BotoSharp.Services.DynamoDB;

namespace BotoSharp.Tests.Integration;

/// <summary>The generated DynamoDB client (json 1.0) against moto_server.</summary>
[TestFixture]
[Category("Integration")]
public sealed class DynamoDBTypedClientTests
{
    [Test]
    public async Task Items_are_written_read_queried_scanned_and_updated_through_the_typed_client()
    {
        var ddb = MotoFixture.Typed<DynamoDBClient>();
        await ddb.CreateTableAsync(new CreateTableInput
        {
            TableName = "typed-table",
            AttributeDefinitions = [new() { AttributeName = "pk", AttributeType = "S" }, new() { AttributeName = "sk", AttributeType = "N" }],
            KeySchema = [new() { AttributeName = "pk", KeyType = "HASH" }, new() { AttributeName = "sk", KeyType = "RANGE" }],
            BillingMode = "PAY_PER_REQUEST",
        });
        foreach (var sk in new[] { "1", "2", "3" })
        {
            await ddb.PutItemAsync(new PutItemInput
            {
                TableName = "typed-table",
                Item = new() { ["pk"] = new() { S = "user#1" }, ["sk"] = new() { N = sk }, ["tags"] = new() { SS = ["a", "b"] } },
            });
        }

        var item = await ddb.GetItemAsync(new GetItemInput { TableName = "typed-table", Key = new() { ["pk"] = new() { S = "user#1" }, ["sk"] = new() { N = "2" } } });
        Assert.That(item.Item!["tags"].SS, Is.EquivalentTo(new[] { "a", "b" }));

        var query = await ddb.QueryAsync(new QueryInput
        {
            TableName = "typed-table",
            KeyConditionExpression = "pk = :pk AND sk >= :min",
            ExpressionAttributeValues = new() { [":pk"] = new() { S = "user#1" }, [":min"] = new() { N = "2" } },
            ScanIndexForward = false,
        });
        Assert.That(query.Items!.Select(i => i["sk"].N), Is.EqualTo(new[] { "3", "2" }));

        var scan = await ddb.ScanAsync(new ScanInput { TableName = "typed-table" });
        Assert.That(scan.Count, Is.EqualTo(3));

        var updated = await ddb.UpdateItemAsync(new UpdateItemInput
        {
            TableName = "typed-table",
            Key = new() { ["pk"] = new() { S = "user#1" }, ["sk"] = new() { N = "1" } },
            UpdateExpression = "SET visits = :one",
            ExpressionAttributeValues = new() { [":one"] = new() { N = "1" } },
            ReturnValues = "ALL_NEW",
        });
        Assert.That(updated.Attributes!["visits"].N, Is.EqualTo("1"));
    }

    [Test]
    public void A_missing_table_raises_the_generated_ResourceNotFoundException()
    {
        var ddb = MotoFixture.Typed<DynamoDBClient>();
        var error = Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            ddb.GetItemAsync(new GetItemInput { TableName = "typed-missing", Key = new() { ["pk"] = new() { S = "x" } } }));
        Assert.That(error!.Code, Is.EqualTo("ResourceNotFoundException"));
    }
}
