using BotoSharp.Services.Kinesis;
using BotoSharp.Services.SNS;
using BotoSharp.Services.SQS;

namespace BotoSharp.Tests.Integration;

/// <summary>The generated SQS (json), SNS (query) and Kinesis (json 1.1) clients against moto_server.</summary>
[TestFixture]
[Category("Integration")]
public sealed class MessagingTypedClientTests
{
    [Test]
    public async Task An_SQS_message_is_sent_received_and_deleted()
    {
        var sqs = MotoFixture.Typed<SQSClient>();
        var queue = await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = "typed-queue" });
        var sent = await sqs.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = queue.QueueUrl, MessageBody = "hello typed",
            MessageAttributes = new() { ["kind"] = new() { DataType = "String", StringValue = "greeting" } },
        });
        Assert.That(sent.MessageId, Is.Not.Empty);

        var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queue.QueueUrl, MessageAttributeNames = ["All"] });
        var message = received.Messages!.Single();
        Assert.That(message.Body, Is.EqualTo("hello typed"));
        Assert.That(message.MessageAttributes!["kind"].StringValue, Is.EqualTo("greeting"));

        await sqs.DeleteMessageAsync(new DeleteMessageRequest { QueueUrl = queue.QueueUrl, ReceiptHandle = message.ReceiptHandle });
        var again = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queue.QueueUrl });
        Assert.That(again.Messages ?? [], Is.Empty);
    }

    [Test]
    public async Task An_SNS_topic_is_created_listed_and_published_to()
    {
        var sns = MotoFixture.Typed<SNSClient>();
        var topic = await sns.CreateTopicAsync(new CreateTopicInput { Name = "typed-topic" });
        var published = await sns.PublishAsync(new PublishInput { TopicArn = topic.TopicArn, Message = "hi & bye", Subject = "s" });
        Assert.That(published.MessageId, Is.Not.Empty);
        var topics = await sns.ListTopicsAsync(new ListTopicsInput());
        Assert.That(topics.Topics!.Select(t => t.TopicArn), Does.Contain(topic.TopicArn));
    }

    [Test]
    public async Task A_Kinesis_record_is_put_and_read_back()
    {
        var kinesis = MotoFixture.Typed<KinesisClient>();
        await kinesis.CreateStreamAsync(new CreateStreamInput { StreamName = "typed-stream", ShardCount = 1 });
        var stream = await kinesis.DescribeStreamAsync(new DescribeStreamInput { StreamName = "typed-stream" });
        var shardId = stream.StreamDescription!.Shards!.Single().ShardId;

        var put = await kinesis.PutRecordAsync(new PutRecordInput { StreamName = "typed-stream", PartitionKey = "p", Data = "record \u00e9"u8.ToArray() });
        Assert.That(put.ShardId, Is.EqualTo(shardId));

        var iterator = await kinesis.GetShardIteratorAsync(new GetShardIteratorInput { StreamName = "typed-stream", ShardId = shardId, ShardIteratorType = "TRIM_HORIZON" });
        var records = await kinesis.GetRecordsAsync(new GetRecordsInput { ShardIterator = iterator.ShardIterator });
        Assert.That(records.Records!.Single().Data, Is.EqualTo("record \u00e9"u8.ToArray()));
    }
}
