using System.Text;
using BotoSharp.Customizations;
using BotoSharp.Errors;
using BotoSharp.Events;

namespace BotoSharp.Tests.Customizations;

/// <summary>
/// Each builtin row that shapes a request, checked twice: with every row the request is botocore's, and with that
/// one row unregistered the difference it makes is gone (so no row is dead weight, and Unregister reaches it).
/// </summary>
[TestFixture]
public sealed class RequestRowTests
{
    private static Dictionary<string, object?> P(params (string Key, object? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    private static string Body(RowHarness.Outcome outcome) => Encoding.UTF8.GetString(outcome.Request.BodyBytes ?? Array.Empty<byte>());

    private static async Task AssertRow(BotoEventHandler row, string? rowEvent, Func<Task<RowHarness.Outcome>> withRow,
        Func<Task<RowHarness.Outcome>> withoutRow, Func<RowHarness.Outcome, bool> rowEffect)
    {
        var on = await withRow();
        var off = await withoutRow();
        Assert.That(rowEffect(on), Is.True, "with the row: " + (on.Error?.Message ?? "sent"));
        Assert.That(rowEffect(off), Is.False, "without the row");
        Assert.That(BuiltinHandlers.All.Any(r => r.Handler == row && (rowEvent is null || r.EventName == rowEvent)), Is.True);
    }

    private static Task Check(BotoEventHandler row, string service, string operation, Func<Dictionary<string, object?>> parameters,
        Func<RowHarness.Outcome, bool> effect, string? rowEvent = null, string? endpointUrl = null) =>
        AssertRow(row, rowEvent,
            () => RowHarness.CallAsync(service, operation, parameters(), endpointUrl: endpointUrl),
            () => RowHarness.CallAsync(service, operation, parameters(), row, rowEvent, endpointUrl: endpointUrl),
            effect);

    [Test]
    public Task Idempotency_tokens_are_generated() => Check(GeneralHandlers.GenerateIdempotentUuid, "ec2", "RunInstances",
        () => P(("ImageId", "ami-1"), ("MinCount", 1), ("MaxCount", 1)), o => Body(o).Contains("ClientToken=", StringComparison.Ordinal));

    [Test]
    public Task The_checksum_mode_member_defaults_to_enabled() => Check(GeneralHandlers.HandleRequestValidationModeMember, "s3", "GetObject",
        () => P(("Bucket", "b"), ("Key", "k")), o => o.Request.Headers["x-amz-checksum-mode"] == "ENABLED");

    [Test]
    public Task Endpoint_discovery_operations_send_the_api_version() => Check(GeneralHandlers.InjectApiVersionHeaderIfNeeded, "timestream-query", "DescribeEndpoints",
        () => P(), o => o.Request.Headers["x-amz-api-version"] == "2018-11-01");

    [Test]
    public Task Byte_bodies_of_PutObject_become_streams_and_ask_for_100_continue() => Check(S3ParameterHandlers.ConvertBodyToFileLikeObject, "s3", "PutObject",
        () => P(("Bucket", "b"), ("Key", "k"), ("Body", "abc"u8.ToArray())), o => o.Request.Headers["Expect"] == "100-continue", "before-parameter-build.s3.PutObject");

    [Test]
    public Task Stream_bodies_ask_for_100_continue() => Check(S3CallHandlers.AddExpectHeader, "s3", "UploadPart",
        () => P(("Bucket", "b"), ("Key", "k"), ("PartNumber", 1), ("UploadId", "u"), ("Body", new MemoryStream("abc"u8.ToArray()))),
        o => o.Request.Headers["Expect"] == "100-continue");

    [TestCase("../x")]
    [TestCase("a/b")]
    public Task Bad_bucket_names_are_refused(string bucket) => Check(S3ParameterHandlers.ValidateBucketName, "s3", "GetObject",
        () => P(("Bucket", bucket), ("Key", "k")), o => o.Error is ParamValidationError && o.Sent.Count == 0);

    [Test]
    public Task A_copy_source_dictionary_is_quoted() => Check(S3ParameterHandlers.HandleCopySourceParam, "s3", "CopyObject",
        () => P(("Bucket", "b"), ("Key", "k"), ("CopySource", P(("Bucket", "src"), ("Key", "a b+c"), ("VersionId", "v1")))),
        o => o.Error is null && o.Request.Headers["x-amz-copy-source"] == "src/a%20b%2Bc?versionId=v1", "before-parameter-build.s3.CopyObject");

    [Test]
    public Task Non_ascii_metadata_is_refused() => Check(S3ParameterHandlers.ValidateAsciiMetadata, "s3", "PutObject",
        () => P(("Bucket", "b"), ("Key", "k"), ("Metadata", P(("k", "caf\u00e9")))), o => o.Error is ParamValidationError, "before-parameter-build.s3.PutObject");

    [Test]
    public Task SSE_C_keys_go_base64_with_their_MD5() => Check(S3ParameterHandlers.SseMd5, "s3", "GetObject",
        () => P(("Bucket", "b"), ("Key", "k"), ("SSECustomerAlgorithm", "AES256"), ("SSECustomerKey", "0123456789abcdef0123456789abcdef")),
        o => o.Request.Headers["x-amz-server-side-encryption-customer-key"] == "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="
            && o.Request.Headers["x-amz-server-side-encryption-customer-key-MD5"] == "hRasmdxgYDKV3nvbahU1MA==",
        "before-parameter-build.s3.GetObject");

    [Test]
    public Task Copy_source_SSE_C_keys_go_base64_with_their_MD5() => Check(S3ParameterHandlers.CopySourceSseMd5, "s3", "CopyObject",
        () => P(("Bucket", "b"), ("Key", "k"), ("CopySource", "src/k"), ("CopySourceSSECustomerAlgorithm", "AES256"),
            ("CopySourceSSECustomerKey", "0123456789abcdef0123456789abcdef")),
        o => o.Request.Headers["x-amz-copy-source-server-side-encryption-customer-key-MD5"] == "hRasmdxgYDKV3nvbahU1MA==",
        "before-parameter-build.s3.CopyObject");

    [Test]
    public Task S3_request_uris_lose_the_bucket_the_endpoint_already_has() => Check(OperationModelCustomizations.RemoveBucketFromUrlPathsFromModel, "s3", "HeadBucket",
        () => P(("Bucket", "bkt")), o => o.Request.Url == "https://bkt.s3.amazonaws.com/");

    [Test]
    public Task List_operations_ask_for_url_encoded_keys() => Check(S3ListObjectsEncoding.SetListObjectsEncodingTypeUrl, "s3", "ListObjectsV2",
        () => P(("Bucket", "b")), o => o.Request.Url.Contains("encoding-type=url", StringComparison.Ordinal), "before-parameter-build.s3.ListObjectsV2");

    [Test]
    public Task GetBucketLocation_goes_path_style() => Check(S3CallHandlers.CustomizeEndpointResolverBuiltins, "s3", "GetBucketLocation",
        () => P(("Bucket", "bkt")), o => o.Request.Url == "https://s3.amazonaws.com/bkt?location");

    [Test]
    public Task Line_breaks_in_DeleteObjects_keys_are_escaped() => Check(S3CallHandlers.EscapeXmlPayload, "s3", "DeleteObjects",
        () => P(("Bucket", "b"), ("Delete", P(("Objects", new List<object?> { P(("Key", "a\nb")) })))),
        o => Body(o).Contains("a&#xA;b", StringComparison.Ordinal), "before-call.s3.DeleteObjects");

    [Test]
    public Task Glacier_sends_its_api_version() => Check(GlacierHandlers.AddGlacierVersion, "glacier", "ListVaults",
        () => P(("accountId", "-")), o => o.Request.Headers["x-amz-glacier-version"] == "2012-06-01");

    [Test]
    public Task Glacier_account_id_defaults_to_dash() => Check(GlacierHandlers.InjectAccountId, "glacier", "ListVaults",
        () => P(), o => o.Error is null && o.Request.Url.EndsWith("/-/vaults", StringComparison.Ordinal));

    [Test]
    public Task Glacier_uploads_carry_the_tree_hash() => Check(GlacierHandlers.AddGlacierChecksums, "glacier", "UploadArchive",
        () => P(("vaultName", "v"), ("body", "hello"u8.ToArray())),
        o => o.Request.Headers["x-amz-sha256-tree-hash"] == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
        "before-call.glacier.UploadArchive");

    [Test]
    public Task Api_Gateway_asks_for_json() => Check(ServiceHandlers.AddAcceptHeader, "apigateway", "GetRestApis",
        () => P(), o => o.Request.Headers["Accept"] == "application/json");

    [Test]
    public Task Route53_ids_lose_their_prefix() => Check(ServiceHandlers.FixRoute53Ids, "route53", "GetHostedZone",
        () => P(("Id", "/hostedzone/Z123")), o => o.Request.Url.EndsWith("/2013-04-01/hostedzone/Z123", StringComparison.Ordinal));

    [Test]
    public Task EC2_user_data_is_base64_encoded() => Check(ServiceHandlers.Base64EncodeUserData, "ec2", "RunInstances",
        () => P(("ImageId", "ami-1"), ("MinCount", 1), ("MaxCount", 1), ("ClientToken", "t"), ("UserData", "hi")),
        o => Body(o).Contains("UserData=aGk%3D", StringComparison.Ordinal), "before-parameter-build.ec2.RunInstances");

    [Test]
    public Task Machine_learning_predictions_go_to_the_predict_endpoint() => Check(ServiceHandlers.SwitchHostMachineLearning, "machinelearning", "Predict",
        () => P(("MLModelId", "m"), ("Record", P(("a", "b"))), ("PredictEndpoint", "https://realtime.example.com")),
        o => o.Request.Url.StartsWith("https://realtime.example.com/", StringComparison.Ordinal)
            && o.Request.Headers["Authorization"]!.Contains("SignedHeaders=", StringComparison.Ordinal));

    // botocore's _switch_hosts leaves no host for these and its signer fails (AttributeError) before sending; BotoSharp
    // refuses them as botocore refuses a host-less endpoint_url (DESIGN-NOTES, "Built-in handlers").
    [TestCase("realtime.example.com")]
    [TestCase("realtime.example.com:443")]
    [TestCase("https://")]
    public async Task A_predict_endpoint_without_a_host_is_refused_before_anything_is_sent(string endpoint)
    {
        var outcome = await RowHarness.CallAsync("machinelearning", "Predict", P(("MLModelId", "m"), ("Record", P(("a", "b"))), ("PredictEndpoint", endpoint)));
        var botocore = Support.Botocore.Run("""
            import botocore.session
            client = botocore.session.get_session().create_client('machinelearning', region_name='us-east-1',
                aws_access_key_id='a', aws_secret_access_key='b')
            sent = []
            client.meta.events.register('before-send', lambda request, **kwargs: sent.append(request.url))
            try:
                client.predict(MLModelId='m', Record={'a': 'b'}, PredictEndpoint=INPUT)
                emit({'error': None, 'sent': len(sent)})
            except Exception as error:
                emit({'error': type(error).__name__, 'sent': len(sent)})
            """, endpoint)!;
        Assert.That(botocore["error"]!.GetValue<string>(), Is.EqualTo("AttributeError"));
        Assert.That(botocore["sent"]!.GetValue<int>(), Is.Zero);
        Assert.That(outcome.Sent, Is.Empty);
        Assert.That(outcome.Error, Is.TypeOf<ArgumentException>().With.Message.StartsWith($"Invalid endpoint: {endpoint}"));
    }

    [Test]
    public Task CloudSearch_domain_searches_are_posted() => Check(ServiceHandlers.ChangeGetToPost, "cloudsearchdomain", "Search",
        () => P(("query", "q")), o => o.Request.Method == "POST" && Body(o).Contains("q=q", StringComparison.Ordinal),
        endpointUrl: "https://search-d.us-east-1.cloudsearch.amazonaws.com");

    [Test]
    public Task S3_operations_sign_with_the_S3_flavour_of_SigV4() => Check(GeneralHandlers.SetOperationSpecificSigner, "s3", "GetObject",
        () => P(("Bucket", "b"), ("Key", "k")), o => o.Request.Headers["x-amz-content-sha256"] is not null, "choose-signer");

    [Test]
    public Task Operations_with_auth_type_none_are_sent_unsigned() => Check(GeneralHandlers.SetOperationSpecificSigner, "sso", "GetRoleCredentials",
        () => P(("roleName", "r"), ("accountId", "123"), ("accessToken", "t")),
        o => o.Error is null && o.Sent.Count == 1 && o.Request.Headers["Authorization"] is null, "choose-signer");

    [Test]
    public void Cognito_and_STS_web_identity_operations_are_unsigned() =>
        Assert.That(BuiltinHandlers.All.Where(r => r.Handler == GeneralHandlers.DisableSigning).Select(r => r.EventName),
            Does.Contain("choose-signer.sts.AssumeRoleWithWebIdentity").And.Contain("choose-signer.cognito-identity.GetId")
                .And.All.Matches<string>(name => GeneralHandlers.DisableSigning(new Dictionary<string, object?>()) as string == "UNSIGNED"));
}
