namespace Benchmarks;

/// <summary>
/// Runs every call once on both SDKs and checks the parsed results, so a stub that one SDK rejects (a failed CRC or
/// MD5 check, a parse error) shows up before minutes of benchmarking.
/// </summary>
public static class Smoke
{
    /// <summary>Runs the checks; returns the process exit code.</summary>
    public static async Task<int> RunAsync()
    {
        var calls = new CallBenchmarks();
        calls.Setup();
        var failures = 0;
        failures += Check("GetItem AWS SDK", (await calls.AwsSdkGetItem()).Item.Count, 10);
        failures += Check("GetItem BotoSharp", (await calls.BotoSharpGetItem()).Item?.Count, 10);
        failures += Check("GetItem BotoSharp dynamic", ((Dictionary<string, object?>)(await calls.BotoSharpDynamicGetItem())["Item"]!).Count, 10);
        failures += Check("PutObject AWS SDK", (await calls.AwsSdkPutObject()).ETag, "\"0f343b0931126a20f133d67c2b018a3b\"");
        failures += Check("PutObject BotoSharp", (await calls.BotoSharpPutObject()).ETag, "\"0f343b0931126a20f133d67c2b018a3b\"");
        failures += Check("ListObjectsV2 AWS SDK", (await calls.AwsSdkListObjectsV2()).S3Objects.Count, 100);
        failures += Check("ListObjectsV2 BotoSharp", (await calls.BotoSharpListObjectsV2()).Contents?.Count, 100);
        failures += Check("SendMessage AWS SDK", (await calls.AwsSdkSendMessage()).MessageId, "5fea7756-0ea4-451a-a703-a558b933e274");
        failures += Check("SendMessage BotoSharp", (await calls.BotoSharpSendMessage()).MessageId, "5fea7756-0ea4-451a-a703-a558b933e274");
        failures += Check("GetCallerIdentity AWS SDK", (await calls.AwsSdkGetCallerIdentity()).Account, "123456789012");
        failures += Check("GetCallerIdentity BotoSharp", (await calls.BotoSharpGetCallerIdentity()).Account, "123456789012");
        failures += Check("DescribeInstances AWS SDK", (await calls.AwsSdkDescribeInstances()).Reservations.Sum(r => r.Instances.Count), 20);
        failures += Check("DescribeInstances BotoSharp", (await calls.BotoSharpDescribeInstances()).Reservations?.Sum(r => r.Instances?.Count ?? 0), 20);
        calls.Cleanup();
        return failures == 0 ? 0 : 1;
    }

    private static int Check<T>(string name, T actual, T expected)
    {
        var ok = EqualityComparer<T>.Default.Equals(actual, expected);
        Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {name}: {actual}");
        return ok ? 0 : 1;
    }
}
