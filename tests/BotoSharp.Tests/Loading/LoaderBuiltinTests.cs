using BotoSharp.Loading;

namespace BotoSharp.Tests.Loading;

/// <summary>Compiled-in models act as botocore's built-in data folder: last in the search order.</summary>
[TestFixture]
public class LoaderBuiltinTests
{
    private static CompiledServiceModel Compiled(string service, string version, string json, string? waiters = null) => new()
    {
        ServiceName = service,
        ApiVersion = version,
        ClientType = typeof(object),
        ServiceJson = () => json,
        WaitersJson = waiters is null ? null : () => waiters,
        CreateClient = _ => throw new InvalidOperationException("not used by the loader"),
        CreateError = (_, _, _) => null,
    };

    [Test]
    public void Compiled_models_are_listed_and_loaded_after_the_search_paths()
    {
        using var data = new TempDataPath().Write("svc/2021-01-01/service-2", """{"from":"disk"}""");
        var compiled = new[]
        {
            Compiled("svc", "2020-01-01", """{"from":"compiled-old"}"""),
            Compiled("svc", "2021-01-01", """{"from":"compiled"}""", waiters: """{"version":2,"waiters":{}}"""),
            Compiled("other", "2019-01-01", """{"from":"compiled-other"}"""),
        };
        var loader = new Loader(new[] { data.Root }, true, true, Path.Combine(data.Root, "none"), () => compiled);
        // The credential services' models are always embedded (STS, SSO, SSO OIDC, sign-in).
        Assert.That(loader.ListAvailableServices("service-2"), Is.EqualTo(new[] { "other", "signin", "sso", "sso-oidc", "sts", "svc" }));
        Assert.That(loader.ListAvailableServices("waiters-2"), Is.EqualTo(new[] { "svc" }));
        Assert.That(loader.ListApiVersions("svc", "service-2"), Is.EqualTo(new[] { "2020-01-01", "2021-01-01" }));
        Assert.That((string?)loader.LoadServiceModel("svc", "service-2")["from"], Is.EqualTo("disk"));
        Assert.That((string?)loader.LoadServiceModel("svc", "service-2", "2020-01-01")["from"], Is.EqualTo("compiled-old"));
        Assert.That(loader.IsBuiltinPath(loader.LoadDataWithPath("other/2019-01-01/service-2").Path), Is.True);
        Assert.That(loader.LoadServiceModel("svc", "waiters-2").ContainsKey("waiters"), Is.True);
    }

    [Test]
    public void Without_default_search_paths_compiled_models_are_not_searched()
    {
        var compiled = new[] { Compiled("svc", "2021-01-01", "{}") };
        var loader = new Loader(Array.Empty<string>(), false, true, null, () => compiled);
        Assert.That(loader.ListAvailableServices("service-2"), Is.Empty);
    }
}
