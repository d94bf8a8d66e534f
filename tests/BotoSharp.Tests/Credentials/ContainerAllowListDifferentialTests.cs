using BotoSharp.Auth;
using BotoSharp.Errors;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Credentials;

/// <summary>The container full-URI allow-list compared with botocore's <c>_validate_allowed_url</c>.</summary>
public class ContainerAllowListDifferentialTests
{
    private static readonly string[] s_urls =
    [
        "http://127.0.0.1/creds", "http://127.0.0.2:8080/creds", "http://[::1]:80/", "http://localhost/creds",
        "http://LOCALHOST/creds", "http://169.254.170.2/v2/credentials", "http://169.254.170.23/v1/credentials",
        "http://[fd00:ec2::23]/creds", "https://any.example.com/creds", "http://example.com/creds",
        "http://169.254.169.254/", "http://10.0.0.1/", "http://[fd00:ec2::24]/",
    ];

    private static readonly Lazy<Dictionary<string, bool>> s_botocore = new(() =>
        Botocore.Run("""
from botocore.utils import ContainerMetadataFetcher
f = ContainerMetadataFetcher()
out = {}
for u in INPUT:
    try:
        f._validate_allowed_url(u); out[u] = True
    except ValueError:
        out[u] = False
emit(out)
""", s_urls)!.AsObject().ToDictionary(p => p.Key, p => (bool)p.Value!));

    private static IEnumerable<TestCaseData> Cases() => s_urls.Select(u => new TestCaseData(u).SetName("Botocore agrees on the container allow-list: " + u));

    [TestCaseSource(nameof(Cases))]
    public void The_allow_list_decision_matches_botocore(string url)
    {
        bool allowed;
        try
        {
            ContainerMetadataFetcher.ValidateAllowedUrl(url);
            allowed = true;
        }
        catch (InvalidConfigError)
        {
            allowed = false;
        }
        Assert.That(allowed, Is.EqualTo(s_botocore.Value[url]));
    }
}
