using Benchmarks.Stub;

namespace Benchmarks;

/// <summary>
/// Every benchmarked call once, with its response values and its first request's method and URL checked. The
/// BotoSharp URLs are botocore 1.43.11's for the same call (<c>create_client(..., 'us-east-1')</c>, a
/// <c>before-send</c> handler recording <c>request.url</c>); the AWS SDK's are its own for the same request (it
/// sends S3 to the regional <c>s3.us-east-1</c> host where botocore keeps the global one for us-east-1).
/// </summary>
public static class CallChecks
{
    private const string ETag = "\"0f343b0931126a20f133d67c2b018a3b\"";
    private const string MessageId = "5fea7756-0ea4-451a-a703-a558b933e274";

    /// <summary>Runs the checks, writing one line per call; returns the number that failed.</summary>
    public static async Task<int> RunAsync(CallBenchmarks calls, TextWriter output)
    {
        var failures = 0;
        async Task Check<T>(string name, string stub, Func<Task<T>> call, T expected, string expectedRequest)
        {
            string outcome;
            bool ok;
            try
            {
                var actual = await call().ConfigureAwait(false);
                var request = calls.Stubs[stub].FirstRequest;
                ok = EqualityComparer<T>.Default.Equals(actual, expected) && request == expectedRequest;
                outcome = ok ? $"{actual}; {request}" : $"got {actual}, want {expected}; sent {request}, want {expectedRequest}";
            }
            catch (Exception error)
            {
                ok = false;
                outcome = $"{error.GetType().Name}: {error.Message}";
            }
            await output.WriteLineAsync($"{(ok ? "ok  " : "FAIL")} {name}: {outcome}").ConfigureAwait(false);
            failures += ok ? 0 : 1;
        }

        await Check("GetItem AWS SDK", "aws ddb", async () => (await calls.AwsSdkGetItem()).Item["name"].S, "Ada Lovelace",
            "POST https://dynamodb.us-east-1.amazonaws.com/");
        await Check("GetItem BotoSharp", "ddb", async () => (await calls.BotoSharpGetItem()).Item?["name"].S, "Ada Lovelace",
            "POST https://dynamodb.us-east-1.amazonaws.com/");
        await Check("GetItem BotoSharp dynamic", "ddb dynamic", async () => ((Dictionary<string, object?>)(await calls.BotoSharpDynamicGetItem())["Item"]!).Count, 10,
            "POST https://dynamodb.us-east-1.amazonaws.com/");
        await Check("PutObject AWS SDK", "aws put", async () => (await calls.AwsSdkPutObject()).ETag, ETag,
            "PUT https://bench-bucket.s3.us-east-1.amazonaws.com/data/object.bin");
        await Check("PutObject BotoSharp", "put", async () => (await calls.BotoSharpPutObject()).ETag, ETag,
            "PUT https://bench-bucket.s3.amazonaws.com/data/object.bin");
        await Check("ListObjectsV2 AWS SDK", "aws list", async () => LastKey((await calls.AwsSdkListObjectsV2()).S3Objects.Select(o => (o.Key, o.Size ?? 0))), "logs/2026/11/26/app-00099.log.gz 4687 100",
            "GET https://bench-bucket.s3.us-east-1.amazonaws.com/?list-type=2&prefix=logs%2F");
        await Check("ListObjectsV2 BotoSharp", "list", async () => LastKey((await calls.BotoSharpListObjectsV2()).Contents!.Select(o => (o.Key!, o.Size ?? 0))), "logs/2026/11/26/app-00099.log.gz 4687 100",
            "GET https://bench-bucket.s3.amazonaws.com/?list-type=2&prefix=logs%2F&encoding-type=url");
        await Check("SendMessage AWS SDK", "aws sqs", async () => (await calls.AwsSdkSendMessage()).MessageId, MessageId,
            "POST https://sqs.us-east-1.amazonaws.com/");
        await Check("SendMessage BotoSharp", "sqs", async () => (await calls.BotoSharpSendMessage()).MessageId, MessageId,
            "POST https://sqs.us-east-1.amazonaws.com/");
        await Check("GetCallerIdentity AWS SDK", "aws sts", async () => (await calls.AwsSdkGetCallerIdentity()).Arn, "arn:aws:iam::123456789012:user/bench",
            "POST https://sts.us-east-1.amazonaws.com/");
        await Check("GetCallerIdentity BotoSharp", "sts", async () => (await calls.BotoSharpGetCallerIdentity()).Arn, "arn:aws:iam::123456789012:user/bench",
            "POST https://sts.us-east-1.amazonaws.com/");
        await Check("DescribeInstances AWS SDK", "aws ec2", async () => LastInstance((await calls.AwsSdkDescribeInstances()).Reservations.SelectMany(r => r.Instances).Select(i => i.InstanceId)),
            "i-00000000000001013 20", "POST https://ec2.us-east-1.amazonaws.com/");
        await Check("DescribeInstances BotoSharp", "ec2", async () => LastInstance((await calls.BotoSharpDescribeInstances()).Reservations!.SelectMany(r => r.Instances!).Select(i => i.InstanceId!)),
            "i-00000000000001013 20", "POST https://ec2.us-east-1.amazonaws.com/");
        return failures;
    }

    // The last item and the count: a parser that drops or reorders items fails the check.
    private static string LastKey(IEnumerable<(string Key, long Size)> objects)
    {
        var list = objects.ToList();
        return $"{list[^1].Key} {list[^1].Size} {list.Count}";
    }

    private static string LastInstance(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return $"{list[^1]} {list.Count}";
    }
}
