using BotoSharp.Auth;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Credentials;

/// <summary>Which IMDS endpoints botocore accepts (<c>is_valid_uri</c>), compared with BotoSharp.</summary>
public class ImdsEndpointDifferentialTests
{
    private static readonly string[] s_urls =
    [
        "http://169.254.169.254/", "http://[fd00:ec2::254]/", "http://localhost:1338", "https://imds.example.com/",
        "http://my_host/", "http://-bad.example/", "http://ok-host.example./", "not a url", "http://exa\tmple.com/",
        "http://[::1]:8080/latest", "http://a..b/", "ftp://host/",
    ];

    private static readonly Lazy<Dictionary<string, bool>> s_botocore = new(() =>
        Botocore.Run("""
from botocore.utils import is_valid_uri
emit({u: bool(is_valid_uri(u)) for u in INPUT})
""", s_urls)!.AsObject().ToDictionary(p => p.Key, p => (bool)p.Value!));

    private static IEnumerable<TestCaseData> Cases() => s_urls.Select(u => new TestCaseData(u).SetName("Botocore agrees on IMDS endpoint validity: " + u.Replace("\t", "\\t")));

    [TestCaseSource(nameof(Cases))]
    public void Endpoint_validity_matches_botocore(string url)
    {
        Assert.That(InstanceMetadataFetcher.IsValidUri(url), Is.EqualTo(s_botocore.Value[url]));
    }
}
