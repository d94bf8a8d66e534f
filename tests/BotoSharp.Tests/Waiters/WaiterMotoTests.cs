using BotoSharp.Errors;
using BotoSharp.Tests.Integration;
using BotoSharp.Tests.Support;
using BotoSharp.Waiters;

namespace BotoSharp.Tests.Waiters;

/// <summary>The model's own waiters against moto_server, each outcome compared with botocore's on the same server.</summary>
[TestFixture]
public sealed class WaiterMotoTests
{
    /// <summary>botocore's waiter on moto with Delay 0 and MaxAttempts 2; emits "success" or the WaiterError text.</summary>
    internal const string Oracle =
        "import boto3, botocore, botocore.exceptions\n" +
        "c = boto3.client(INPUT['service'], endpoint_url=INPUT['endpoint'], region_name='us-east-1', aws_access_key_id='testing', aws_secret_access_key='testing')\n" +
        "try:\n" +
        "    c.get_waiter(botocore.xform_name(INPUT['waiter'])).wait(**INPUT['params'], WaiterConfig={'Delay': 0, 'MaxAttempts': 2})\n" +
        "    emit('success')\n" +
        "except botocore.exceptions.WaiterError as e:\n" +
        "    emit(str(e))\n";

    /// <summary>BucketExists, BucketNotExists and TableExists end as botocore's do, for present and absent resources.</summary>
    [TestCase("s3", "BucketExists", "Bucket", "waiter-present")]
    [TestCase("s3", "BucketExists", "Bucket", "waiter-absent")]
    [TestCase("s3", "BucketNotExists", "Bucket", "waiter-absent")]
    [TestCase("s3", "BucketNotExists", "Bucket", "waiter-present")]
    [TestCase("dynamodb", "TableExists", "TableName", "waiter-table")]
    [TestCase("dynamodb", "TableExists", "TableName", "waiter-no-table")]
    [TestCase("dynamodb", "TableNotExists", "TableName", "waiter-no-table")]
    public async Task A_model_waiter_against_moto_ends_as_botocores(string service, string waiterName, string member, string name)
    {
        var session = MotoFixture.NewSession(RepoPaths.Models);
        var client = BotoSharp.Clients.DynamicClient.Over(session.CreateClient(service, endpointUrl: MotoFixture.Server.EndpointUrl));
        await SeedAsync(client, service);
        var parameters = new Dictionary<string, object?> { [member] = name };
        string ours;
        try
        {
            await client.GetWaiter(waiterName).WaitAsync(parameters, new WaiterConfig { Delay = 0, MaxAttempts = 2 });
            ours = "success";
        }
        catch (WaiterError e)
        {
            ours = e.Message;
        }
        var theirs = Botocore.Run(Oracle, new Dictionary<string, object?>
        {
            ["service"] = service, ["endpoint"] = MotoFixture.Server.EndpointUrl, ["waiter"] = waiterName, ["params"] = parameters,
        })!.GetValue<string>();
        TestContext.Out.WriteLine($"{waiterName}({name}): {ours}");
        Assert.That(ours, Is.EqualTo(theirs));
    }

    /// <summary>Cancelling during the delay stops the wait at once, without another poll.</summary>
    [Test]
    public async Task Cancelling_a_wait_stops_it_at_once()
    {
        var client = BotoSharp.Clients.DynamicClient.Over(MotoFixture.NewSession(RepoPaths.Models).CreateClient("s3", endpointUrl: MotoFixture.Server.EndpointUrl));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var started = DateTime.UtcNow;
        var wait = client.GetWaiter("BucketExists").WaitAsync(new Dictionary<string, object?> { ["Bucket"] = "never-created" }, new WaiterConfig { Delay = 60 }, cancel.Token);
        Assert.That(async () => await wait, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(20)));
    }

    private static async Task SeedAsync(BotoSharp.Clients.DynamicClient client, string service)
    {
        try
        {
            if (service == "s3")
            {
                await client.InvokeAsync("CreateBucket", new Dictionary<string, object?> { ["Bucket"] = "waiter-present" });
            }
            else
            {
                await client.InvokeAsync("CreateTable", """{"TableName":"waiter-table","KeySchema":[{"AttributeName":"k","KeyType":"HASH"}],"AttributeDefinitions":[{"AttributeName":"k","AttributeType":"S"}],"BillingMode":"PAY_PER_REQUEST"}""");
            }
        }
        catch (ClientError e) when (e.Code is "BucketAlreadyOwnedByYou" or "ResourceInUseException")
        {
        }
    }
}
