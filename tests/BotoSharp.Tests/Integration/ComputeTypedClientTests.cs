using BotoSharp.Services.EC2;
using BotoSharp.Services.IAM;
using BotoSharp.Services.Lambda;
using BotoSharp.Services.STS;

namespace BotoSharp.Tests.Integration;

/// <summary>The generated EC2 (ec2), IAM and STS (query) and Lambda (rest-json) clients against moto_server.</summary>
[TestFixture]
[Category("Integration")]
public sealed class ComputeTypedClientTests
{
    [Test]
    public async Task EC2_instances_are_run_found_by_filters_and_terminated()
    {
        var ec2 = MotoFixture.Typed<EC2Client>();
        var reservation = await ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-12c6146b",
            MinCount = 2,
            MaxCount = 2,
            InstanceType = "t2.micro",
            TagSpecifications = [new() { ResourceType = "instance", Tags = [new() { Key = "Name", Value = "typed-ec2" }] }],
        });
        var ids = reservation.Instances!.Select(i => i.InstanceId!).ToList();
        Assert.That(ids, Has.Count.EqualTo(2));

        var found = await ec2.DescribeInstancesAsync(new DescribeInstancesRequest
        {
            Filters = [new() { Name = "tag:Name", Values = ["typed-ec2"] }, new() { Name = "instance-state-name", Values = ["running"] }],
        });
        Assert.That(found.Reservations!.SelectMany(r => r.Instances!).Select(i => i.InstanceId), Is.EquivalentTo(ids));

        var terminated = await ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = ids });
        Assert.That(terminated.TerminatingInstances!.Select(i => i.InstanceId), Is.EquivalentTo(ids));
        var running = await ec2.DescribeInstancesAsync(new DescribeInstancesRequest
        {
            Filters = [new() { Name = "tag:Name", Values = ["typed-ec2"] }, new() { Name = "instance-state-name", Values = ["running"] }],
        });
        Assert.That(running.Reservations ?? [], Is.Empty);
    }

    [Test]
    public async Task STS_GetCallerIdentity_returns_the_moto_account()
    {
        var sts = MotoFixture.Typed<STSClient>();
        var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        Assert.That(identity.Account, Is.EqualTo("123456789012"));
    }

    [Test]
    public async Task An_IAM_user_is_created_read_and_listed()
    {
        var iam = MotoFixture.Typed<IAMClient>();
        var created = await iam.CreateUserAsync(new CreateUserRequest { UserName = "typed-user", Path = "/typed/", Tags = [new() { Key = "team", Value = "sdk" }] });
        Assert.That(created.User!.Arn, Does.EndWith(":user/typed/typed-user"));
        var user = await iam.GetUserAsync(new GetUserRequest { UserName = "typed-user" });
        Assert.That(user.User!.CreateDate, Is.Not.Null);
        var listed = await iam.ListUsersAsync(new ListUsersRequest { PathPrefix = "/typed/" });
        Assert.That(listed.Users!.Select(u => u.UserName), Is.EqualTo(new[] { "typed-user" }));
    }

    [Test]
    public async Task Lambda_ListFunctions_answers_over_rest_json()
    {
        var lambda = MotoFixture.Typed<LambdaClient>();
        var functions = await lambda.ListFunctionsAsync(new ListFunctionsRequest { MaxItems = 10 });
        Assert.That(functions.Functions, Is.Not.Null);
    }

    [Test]
    public void A_missing_IAM_user_raises_the_generated_NoSuchEntityException()
    {
        var iam = MotoFixture.Typed<IAMClient>();
        var error = Assert.ThrowsAsync<NoSuchEntityException>(() => iam.GetUserAsync(new GetUserRequest { UserName = "typed-nobody" }));
        Assert.That(error!.Code, Is.EqualTo("NoSuchEntity"));
    }
}
