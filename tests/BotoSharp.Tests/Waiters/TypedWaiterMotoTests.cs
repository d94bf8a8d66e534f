using BotoSharp.Errors;
using BotoSharp.Services.EC2;
using BotoSharp.Services.S3;
using BotoSharp.Tests.Integration;
using BotoSharp.Tests.Support;
using BotoSharp.Waiters;

namespace BotoSharp.Tests.Waiters;

/// <summary>Generated waiters against moto_server, each outcome compared with botocore's on the same server.</summary>
[TestFixture]
[Category("Integration")]
public sealed class TypedWaiterMotoTests
{
    private static readonly WaiterConfig s_fast = new() { Delay = 0, MaxAttempts = 2 };

    /// <summary>
    /// EC2 InstanceRunning on an instance moto runs succeeds; on a terminated one it hits the waiter's failure state;
    /// InstanceStopped on a running one runs out of attempts — each exactly as botocore on the same instance.
    /// </summary>
    [Test]
    public async Task EC2_instance_waiters_end_as_botocores()
    {
        var ec2 = MotoFixture.Typed<EC2Client>();
        var running = await RunInstanceAsync(ec2);
        var terminated = await RunInstanceAsync(ec2);
        await ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [terminated] });

        var outcomes = new List<(string Waiter, string Instance, string Ours)>
        {
            ("InstanceRunning", running, await OutcomeAsync(() => ec2.Waiters.InstanceRunningAsync(Instances(running), s_fast))),
            ("InstanceRunning", terminated, await OutcomeAsync(() => ec2.Waiters.InstanceRunningAsync(Instances(terminated), s_fast))),
            ("InstanceStopped", running, await OutcomeAsync(() => ec2.Waiters.InstanceStoppedAsync(Instances(running), s_fast))),
            ("InstanceTerminated", terminated, await OutcomeAsync(() => ec2.Waiters.InstanceTerminatedAsync(Instances(terminated), s_fast))),
        };

        foreach (var (waiter, instance, ours) in outcomes)
        {
            var theirs = Botocore.Run(WaiterMotoTests.Oracle, new Dictionary<string, object?>
            {
                ["service"] = "ec2", ["endpoint"] = MotoFixture.Server.EndpointUrl, ["waiter"] = waiter,
                ["params"] = new Dictionary<string, object?> { ["InstanceIds"] = new[] { instance } },
            })!.GetValue<string>();
            TestContext.Out.WriteLine($"{waiter}({instance}): {ours}");
            Assert.That(ours, Is.EqualTo(theirs), waiter);
        }
        Assert.That(outcomes.Select(o => o.Ours.Split(':')[0]), Is.EqualTo(new[]
        {
            "success", "Waiter InstanceRunning failed", "Waiter InstanceStopped failed", "success",
        }));
    }

    /// <summary>The typed S3 waiters see a bucket appear and disappear.</summary>
    [Test]
    public async Task S3_bucket_waiters_follow_the_bucket()
    {
        var s3 = MotoFixture.Typed<S3Client>();
        await s3.CreateBucketAsync(new CreateBucketRequest { Bucket = "typed-waiter-bucket" });
        await s3.Waiters.BucketExistsAsync(new HeadBucketRequest { Bucket = "typed-waiter-bucket" }, s_fast);
        await s3.DeleteBucketAsync(new DeleteBucketRequest { Bucket = "typed-waiter-bucket" });
        await s3.Waiters.BucketNotExistsAsync(new HeadBucketRequest { Bucket = "typed-waiter-bucket" }, s_fast);
        var error = Assert.ThrowsAsync<WaiterError>(() => s3.Waiters.BucketExistsAsync(new HeadBucketRequest { Bucket = "typed-waiter-bucket" }, s_fast));
        Assert.That(error!.Message, Does.StartWith("Waiter BucketExists failed: Max attempts exceeded"));
    }

    private static DescribeInstancesRequest Instances(string id) => new() { InstanceIds = [id] };

    private static async Task<string> RunInstanceAsync(EC2Client ec2)
    {
        var reservation = await ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-12c6146b", MinCount = 1, MaxCount = 1, InstanceType = "t2.micro" });
        return reservation.Instances!.Single().InstanceId!;
    }

    private static async Task<string> OutcomeAsync(Func<Task> wait)
    {
        try
        {
            await wait();
            return "success";
        }
        catch (WaiterError e)
        {
            return e.Message;
        }
    }
}
