using System.Text.Json.Nodes;
using BotoSharp.Endpoints;
using BotoSharp.Tests.Endpoints;

namespace BotoSharp.Tests.EndToEnd;

/// <summary>
/// One entry of an endpoint test case's <c>operationInputs</c>: the operation to call, its parameters, the builtins
/// the client must be configured with, and the case's expectation (an endpoint or an error).
/// </summary>
public sealed record EndpointOperationCase(
    string Service,
    int CaseIndex,
    int InputIndex,
    string Documentation,
    string OperationName,
    JsonObject OperationParams,
    IReadOnlyDictionary<string, object?> BuiltIns,
    JsonObject Expect)
{
    /// <summary>The services whose test files carry <c>operationInputs</c>.</summary>
    public static readonly string[] Services = ["s3", "dynamodb", "s3control", "sts", "kinesis", "events"];

    /// <summary>A readable test name: service, case number, operation and the case's own documentation.</summary>
    public string Name => $"{Service} #{CaseIndex}.{InputIndex} {OperationName}: {Documentation}";

    /// <summary>The expected endpoint object, or null when the case expects an error.</summary>
    public JsonObject? ExpectedEndpoint => Expect["endpoint"] as JsonObject;

    /// <summary>The expected error message, or null when the case expects an endpoint.</summary>
    public string? ExpectedError => Expect["error"]?.GetValue<string>();

    /// <summary>The names of the expected auth schemes, in order.</summary>
    public IReadOnlyList<string> ExpectedAuthSchemeNames =>
        (ExpectedEndpoint?["properties"]?["authSchemes"] as JsonArray)?.Select(s => s!["name"]!.GetValue<string>()).ToList() ?? [];

    /// <summary>
    /// botocore's validate_bucket_name row (before-parameter-build) rejects these buckets with ParamValidationError
    /// before endpoint resolution: the two names the conformance README lists, and the malformed ARNs whose cases
    /// expect an endpoint-rule error (botocore 1.43.11 raises ParamValidationError for them too).
    /// </summary>
    public bool HasBucketNameBotocoreRejects =>
        Service == "s3"
        && OperationParams["Bucket"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
        && OperationParams["Bucket"]!.GetValue<string>() is var bucket
        && !s_validBucket.IsMatch(bucket) && !s_validS3Arn.IsMatch(bucket);

    /// <summary>
    /// An S3 multi-region access point ARN with path-style addressing configured: botocore 1.43.11 without CRT raises
    /// MissingDependencyException for it instead of the rule set's path-style error (checked in python3), so that is
    /// the answer to match. The other MRAP error cases reach their rule-set error in botocore and here.
    /// </summary>
    public bool NeedsCrtBeforeEndpointResolution =>
        Service == "s3" && ExpectedError == "Path-style addressing cannot be used with ARN buckets"
        && OperationParams["Bucket"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
        && OperationParams["Bucket"]!.GetValue<string>() is var bucket
        && bucket.StartsWith("arn:", StringComparison.Ordinal) && bucket.EndsWith(".mrap", StringComparison.Ordinal);

    // botocore's VALID_BUCKET and VALID_S3_ARN (handlers.py, validate_bucket_name).
    private static readonly System.Text.RegularExpressions.Regex s_validBucket = new(@"^[a-zA-Z0-9.\-_]{1,255}$");
    private static readonly System.Text.RegularExpressions.Regex s_validS3Arn = new(
        @"^arn:(aws).*:(s3|s3-object-lambda):[a-z\-0-9]*:[0-9]{12}:accesspoint[/:][a-zA-Z0-9\-.]{1,63}$"
        + @"|^arn:(aws).*:s3-outposts:[a-z\-0-9]+:[0-9]{12}:outpost[/:][a-zA-Z0-9\-]{1,63}[/:]accesspoint[/:][a-zA-Z0-9\-]{1,63}$");

    /// <summary>
    /// True when no client configuration can produce the case's builtins, so only botocore's overwrite reaches them:
    /// botocore turns UseFIPS/UseDualStack off under a custom endpoint and ForcePathStyle off under Accelerate, and an
    /// unset S3 Control <c>use_arn_region</c> is false there while the case means "unset".
    /// </summary>
    public bool BuiltInsNeedOverwrite =>
        (Flag(EndpointBuiltIns.SdkEndpoint) && (Flag(EndpointBuiltIns.UseFips) || Flag(EndpointBuiltIns.UseDualStack)))
        || (Flag(EndpointBuiltIns.S3ForcePathStyle) && Flag(EndpointBuiltIns.S3Accelerate))
        || (Service == "s3control" && !BuiltIns.ContainsKey(EndpointBuiltIns.S3ControlUseArnRegion));

    /// <summary>Every operation input of every test file, in file order.</summary>
    public static IEnumerable<EndpointOperationCase> LoadAll() => Services.SelectMany(Load);

    /// <summary>The operation inputs of one service's test file.</summary>
    public static IEnumerable<EndpointOperationCase> Load(string service)
    {
        var cases = EndpointTestData.ReadCases(Path.Combine(EndpointTestData.EndpointTestsFolder, service, "endpoint-tests-1.json"));
        for (var i = 0; i < cases.Count; i++)
        {
            var testCase = cases[i]!.AsObject();
            if (testCase["operationInputs"] is not JsonArray inputs)
            {
                continue;
            }
            for (var j = 0; j < inputs.Count; j++)
            {
                var input = inputs[j]!.AsObject();
                yield return new EndpointOperationCase(
                    service,
                    i,
                    j,
                    testCase["documentation"]?.GetValue<string>() ?? "",
                    input["operationName"]!.GetValue<string>(),
                    input["operationParams"]?.DeepClone().AsObject() ?? new JsonObject(),
                    EndpointTestData.ToParameters(input["builtInParams"]),
                    testCase["expect"]!.DeepClone().AsObject());
            }
        }
    }

    private bool Flag(string name) => BuiltIns.GetValueOrDefault(name) is true or string;
}
