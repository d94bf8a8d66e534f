using BotoSharp.Http;

namespace BotoSharp.Tests.Http;

/// <summary>Proxy selection as botocore does it with urllib's getproxies/proxy_bypass.</summary>
[TestFixture]
public sealed class ProxyResolverTests
{
    private static ProxyResolver Env(params (string Name, string Value)[] variables) =>
        ProxyResolver.FromEnvironment(variables.ToDictionary(v => v.Name, v => v.Value));

    [Test]
    public void The_proxy_is_chosen_by_the_url_scheme()
    {
        var resolver = Env(("HTTP_PROXY", "http://p1:3128"), ("HTTPS_PROXY", "http://p2:3128"));
        Assert.That(resolver.ProxyUrlFor("http://s3.amazonaws.com/"), Is.EqualTo("http://p1:3128"));
        Assert.That(resolver.ProxyUrlFor("https://s3.amazonaws.com/"), Is.EqualTo("http://p2:3128"));
    }

    [Test]
    public void Lower_case_variables_win_over_upper_case_ones()
    {
        var resolver = Env(("HTTPS_PROXY", "http://upper:1"), ("https_proxy", "http://lower:1"));
        Assert.That(resolver.ProxyUrlFor("https://example.com/"), Is.EqualTo("http://lower:1"));
    }

    [Test]
    public void An_empty_lower_case_variable_removes_the_proxy()
    {
        var resolver = Env(("HTTPS_PROXY", "http://upper:1"), ("https_proxy", ""));
        Assert.That(resolver.ProxyUrlFor("https://example.com/"), Is.Null);
    }

    [Test]
    public void A_proxy_without_a_scheme_gets_http()
    {
        Assert.That(Env(("HTTPS_PROXY", "proxy.local:8080")).ProxyUrlFor("https://example.com/"), Is.EqualTo("http://proxy.local:8080"));
        Assert.That(Env(("HTTPS_PROXY", "//proxy.local:8080")).ProxyUrlFor("https://example.com/"), Is.EqualTo("http://proxy.local:8080"));
    }

    [TestCase("s3.amazonaws.com", "https://s3.amazonaws.com/", true)]
    [TestCase(".amazonaws.com", "https://bucket.s3.amazonaws.com/", true)]
    [TestCase("amazonaws.com", "https://bucket.s3.amazonaws.com/", true)]
    [TestCase("other.com, localhost", "https://localhost:4566/", true)]
    [TestCase("*", "https://anything.example/", true)]
    [TestCase("zonaws.com", "https://s3.amazonaws.com/", false)]
    public void NO_PROXY_lists_hosts_and_domain_suffixes_that_connect_directly(string noProxy, string url, bool bypassed)
    {
        var resolver = Env(("HTTPS_PROXY", "http://p:1"), ("NO_PROXY", noProxy));
        Assert.That(resolver.ProxyUrlFor(url) is null, Is.EqualTo(bypassed));
    }

    [Test]
    public void Under_CGI_the_upper_case_HTTP_PROXY_is_ignored()
    {
        Assert.That(Env(("HTTP_PROXY", "http://evil:1"), ("REQUEST_METHOD", "GET")).ProxyUrlFor("http://example.com/"), Is.Null);
    }

    [Test]
    public void Config_proxies_ignore_the_environment_and_NO_PROXY()
    {
        var resolver = ProxyResolver.FromConfig(new Dictionary<string, string> { ["https"] = "http://cfg:1" });
        Assert.That(resolver.ProxyUrlFor("https://localhost/"), Is.EqualTo("http://cfg:1"));
        Assert.That(resolver.ProxyUrlFor("http://localhost/"), Is.Null);
    }

    [Test]
    public void Proxy_credentials_come_from_the_url_and_are_masked_in_messages()
    {
        var credentials = ProxyResolver.CredentialsFor("http://us%40er:p%3Ass@proxy:1");
        Assert.That(credentials!.UserName, Is.EqualTo("us@er"));
        Assert.That(credentials.Password, Is.EqualTo("p:ss"));
        Assert.That(ProxyResolver.Mask("http://user:secret@proxy:1"), Is.EqualTo("http://***:***@proxy:1"));
        Assert.That(ProxyResolver.Mask("http://proxy:1"), Is.EqualTo("http://proxy:1"));
    }

    [Test]
    [NonParallelizable]
    public void The_process_environment_reads_as_a_copy_of_it_does()
    {
        // A mixed-case name for a scheme no request uses, so nothing else in the process is affected while it is set.
        Environment.SetEnvironmentVariable("BotoSharpTest_Proxy", "probe.example:1");
        try
        {
            var copy = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
            {
                copy[(string)entry.Key] = entry.Value as string ?? string.Empty;
            }
            var live = ProxyResolver.FromEnvironment();
            Assert.That(live.SharingKey, Is.EqualTo(ProxyResolver.FromEnvironment(copy).SharingKey));
            Assert.That(live.SharingKey, Does.Contain("\nbotosharptest=probe.example:1"));
            Assert.That(ProxyResolver.FromEnvironment(BotoSharp.Configuration.ProcessEnvironment.Instance).SharingKey, Is.EqualTo(live.SharingKey));
        }
        finally
        {
            Environment.SetEnvironmentVariable("BotoSharpTest_Proxy", null);
        }
    }
}
