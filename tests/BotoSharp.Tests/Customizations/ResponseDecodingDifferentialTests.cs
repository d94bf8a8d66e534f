using System.Text;
using System.Text.Json.Nodes;
using BotoSharp.Customizations;
using BotoSharp.Events;
using BotoSharp.Http;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Customizations;

/// <summary>
/// The builtin rows that decode a parsed answer (IAM policy documents, CloudFormation template bodies, EC2 console
/// output, S3's Expires header), each answer given to botocore 1.43.11 and to BotoSharp's dynamic client through a
/// before-send stub: the parsed results must be equal, and differ with the row unregistered.
/// </summary>
[TestFixture]
[Category("Differential")]
public sealed class ResponseDecodingDifferentialTests
{
    private const string Policy = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%5B%22s3%3A%2A%22%5D%2C%22Resource%22%3A%22%2A%22%2C%22N%22%3A1.5%7D%5D%7D";

    private const string BotocoreScript = """
        import base64, botocore.awsrequest, botocore.session
        session = botocore.session.get_session()
        results = []
        for case in INPUT:
            client = session.create_client(case['service'], region_name='us-east-1', aws_access_key_id='AKIDEXAMPLE', aws_secret_access_key='secret')
            body = base64.b64decode(case['body'])
            client.meta.events.register_first('before-send', lambda request, body=body, case=case, **kwargs:
                botocore.awsrequest.AWSResponse(request.url, 200, case['headers'], RawBody(body)))
            name = {v: k for k, v in client.meta.method_to_api_mapping.items()}[case['operation']]
            parsed = getattr(client, name)(**case['params'])
            parsed.pop('ResponseMetadata', None)
            if 'Expires' in parsed:
                parsed['Expires'] = 'a timestamp'
            results.append(parsed)
        emit(results)
        """;

    private static readonly (string Service, string Operation, Dictionary<string, object?> Params, string Body, BotoEventHandler Row, string? Expires)[] s_cases =
    {
        ("iam", "GetRolePolicy", new() { ["RoleName"] = "r", ["PolicyName"] = "p" },
            $"<GetRolePolicyResponse><GetRolePolicyResult><RoleName>r</RoleName><PolicyName>p</PolicyName><PolicyDocument>{Policy}</PolicyDocument></GetRolePolicyResult></GetRolePolicyResponse>",
            ResponseDecodingHandlers.JsonDecodePolicies, null),
        ("iam", "ListRoles", new(),
            "<ListRolesResponse><ListRolesResult><IsTruncated>false</IsTruncated><Roles>"
            + $"<member><RoleName>a</RoleName><Path>/</Path><RoleId>i</RoleId><Arn>x</Arn><AssumeRolePolicyDocument>{Policy}</AssumeRolePolicyDocument></member>"
            + "<member><RoleName>b</RoleName><Path>/</Path><RoleId>j</RoleId><Arn>y</Arn><AssumeRolePolicyDocument>not%20json%7B</AssumeRolePolicyDocument></member>"
            + "</Roles></ListRolesResult></ListRolesResponse>",
            ResponseDecodingHandlers.JsonDecodePolicies, null),
        ("cloudformation", "GetTemplate", new() { ["StackName"] = "s" },
            "<GetTemplateResponse><GetTemplateResult><TemplateBody>{\"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\"}}, \"A\": [1, 2.0, true, null, \"\\u00e9\"]}</TemplateBody></GetTemplateResult></GetTemplateResponse>",
            ResponseDecodingHandlers.JsonDecodeTemplateBody, null),
        ("ec2", "GetConsoleOutput", new() { ["InstanceId"] = "i-1" },
            $"<GetConsoleOutputResponse><requestId>r</requestId><instanceId>i-1</instanceId><output>{Convert.ToBase64String([.. "boot ok\nlogin: "u8, 0xff, 0xfe, (byte)'!'])}</output></GetConsoleOutputResponse>",
            ResponseDecodingHandlers.DecodeConsoleOutput, null),
        ("ec2", "GetConsoleOutput", new() { ["InstanceId"] = "i-1" },
            "<GetConsoleOutputResponse><requestId>r</requestId><output>aGk*gd2=9ybGQ=tail</output></GetConsoleOutputResponse>",
            ResponseDecodingHandlers.DecodeConsoleOutput, null),
        ("s3", "HeadObject", new() { ["Bucket"] = "b", ["Key"] = "k" }, "", ResponseDecodingHandlers.HandleExpiresHeader, "Thu, 01 Dec 2044 16:00:00 GMT"),
        ("s3", "HeadObject", new() { ["Bucket"] = "b", ["Key"] = "k" }, "", ResponseDecodingHandlers.HandleExpiresHeader, "not a date"),
    };

    private static readonly Lazy<JsonArray> s_botocore = new(() => Botocore.Run(BotocoreScript, s_cases.Select(c => new Dictionary<string, object?>
    {
        ["service"] = c.Service,
        ["operation"] = c.Operation,
        ["params"] = c.Params,
        ["body"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(c.Body)),
        ["headers"] = c.Expires is null ? new Dictionary<string, string> { ["Content-Type"] = "text/xml" } : new Dictionary<string, string> { ["Content-Type"] = "text/xml", ["Expires"] = c.Expires },
    }).ToList())!.AsArray());

    [TestCaseSource(nameof(CaseNumbers))]
    public async Task The_decoded_answer_is_botocores(int index)
    {
        var outcome = await CallAsync(index, without: false);
        Assert.That(outcome.Error, Is.Null);
        Assert.That(Comparable(outcome.Parsed!), Is.EqualTo(Botocore.Normalize(s_botocore.Value[index])));
    }

    [TestCaseSource(nameof(CaseNumbers))]
    public async Task Without_the_row_the_answer_differs(int index)
    {
        var outcome = await CallAsync(index, without: true);
        Assert.That(outcome.Parsed is null ? "raised" : Comparable(outcome.Parsed), Is.Not.EqualTo(Botocore.Normalize(s_botocore.Value[index])));
    }

    [Test]
    public async Task A_typed_string_member_holding_a_decoded_policy_reads_as_its_JSON_text()
    {
        var outcome = await CallAsync(0, without: false);
        var document = ((Dictionary<string, object?>)outcome.Parsed!)["PolicyDocument"];
        Assert.That(BotoSharp.Clients.ShapeValues.ReadString(document),
            Is.EqualTo("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"s3:*\"], \"Resource\": \"*\", \"N\": 1.5}]}"));
    }

    private static IEnumerable<int> CaseNumbers() => Enumerable.Range(0, s_cases.Length);

    private static Task<RowHarness.Outcome> CallAsync(int index, bool without)
    {
        var (service, operation, parameters, body, row, expires) = s_cases[index];
        var headers = new HttpHeaderList();
        headers.Add("Content-Type", "text/xml");
        if (expires is not null)
        {
            headers.Add("Expires", expires);
        }
        var answer = new AwsResponse("https://stub", 200, headers, Encoding.UTF8.GetBytes(body), null);
        return RowHarness.CallAsync(service, operation, new Dictionary<string, object?>(parameters), without ? row : null, answer: answer);
    }

    private static string Comparable(Dictionary<string, object?> parsed)
    {
        var copy = new Dictionary<string, object?>(parsed);
        copy.Remove("ResponseMetadata");
        if (copy.ContainsKey("Expires"))
        {
            copy["Expires"] = "a timestamp";
        }
        return Botocore.ToJson(copy);
    }
}
