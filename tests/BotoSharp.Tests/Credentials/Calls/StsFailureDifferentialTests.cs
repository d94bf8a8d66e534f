using System.Globalization;
using System.Net;

namespace BotoSharp.Tests.Credentials.Calls;

/// <summary>
/// Role credentials when STS says no, against a local server that answers as STS does (403 AccessDenied, 400
/// ExpiredTokenException / InvalidIdentityToken), with botocore 1.43.11 driven against the same server and files:
/// the requests sent (one each: neither error is retried), the error type and its message must agree.
/// </summary>
[NonParallelizable]
public class StsFailureDifferentialTests : LocalServerCallFixture
{
    private const string Base = "[profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n";
    private static readonly Dictionary<string, string> s_sts = new() { ["AWS_ENDPOINT_URL_STS"] = "{URL}" };

    // STS's query-protocol answers: a role named "denied" is refused, web identity tokens named "expired"/"forged" fail.
    private protected override Reply Answer(RecordedRequest request)
    {
        var form = request.Body.Split('&').Select(p => p.Split('=', 2))
            .ToDictionary(p => WebUtility.UrlDecode(p[0]), p => p.Length > 1 ? WebUtility.UrlDecode(p[1]) : string.Empty);
        var role = form.GetValueOrDefault("RoleArn", string.Empty);
        if (role.EndsWith("/denied", StringComparison.Ordinal))
        {
            return Error(403, "AccessDenied",
                "User: arn:aws:iam::123456789012:user/base is not authorized to perform: sts:AssumeRole on resource: " + role);
        }
        return form.GetValueOrDefault("WebIdentityToken") switch
        {
            "expired" => Error(400, "ExpiredTokenException", "Token expired: current date/time 1735689600 must be before the expiration date/time 1735686000"),
            "forged" => Error(400, "InvalidIdentityToken", "Couldn't retrieve verification key from your identity provider"),
            _ => Success(form.GetValueOrDefault("Action", "AssumeRole"), role),
        };
    }

    private static Reply Error(int status, string code, string message) => new(status,
        $"<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type><Code>{code}</Code>"
        + $"<Message>{WebUtility.HtmlEncode(message)}</Message></Error><RequestId>4c6b4b4e-0000-4000-8000-000000000001</RequestId></ErrorResponse>");

    private static Reply Success(string action, string role)
    {
        var expiration = DateTime.UtcNow.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return Reply.Ok($"<{action}Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><{action}Result>"
            + $"<Credentials><AccessKeyId>ASIAROLE</AccessKeyId><SecretAccessKey>role-secret</SecretAccessKey><SessionToken>role-token</SessionToken>"
            + $"<Expiration>{expiration}</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROA:s</AssumedRoleId>"
            + $"<Arn>{role.Replace(":role/", ":assumed-role/", StringComparison.Ordinal)}/s</Arn></AssumedRoleUser></{action}Result>"
            + $"<ResponseMetadata><RequestId>4c6b4b4e-0000-4000-8000-000000000002</RequestId></ResponseMetadata></{action}Response>");
    }

    public static IEnumerable<CallScenario> Scenarios() =>
    [
        new("AssumeRole refused with AccessDenied", Base
            + "[profile d]\nrole_arn = arn:aws:iam::123456789012:role/denied\nsource_profile = base\nrole_session_name = dd\n", "d", s_sts),
        new("The second role of a chain refused", Base
            + "[profile r1]\nrole_arn = arn:aws:iam::123456789012:role/first\nsource_profile = base\nrole_session_name = one\n"
            + "[profile r2]\nrole_arn = arn:aws:iam::123456789012:role/denied\nsource_profile = r1\nrole_session_name = two\n", "r2", s_sts),
        new("An expired web identity token", "[profile w]\nrole_arn = arn:aws:iam::123456789012:role/web\nweb_identity_token_file = {DIR}/token\nrole_session_name = web\n",
            "w", s_sts, new() { ["token"] = "expired" }),
        new("A web identity token STS cannot verify", "[profile w]\nrole_arn = arn:aws:iam::123456789012:role/web\nweb_identity_token_file = {DIR}/token\nrole_session_name = web\n",
            "w", s_sts, new() { ["token"] = "forged" }),
    ];

    [Test]
    public async Task A_refusing_sts_fails_with_botocores_error_after_the_same_requests()
    {
        var failures = await DisagreementsAsync(Scenarios());
        Assert.That(failures, Is.Empty);
    }
}
