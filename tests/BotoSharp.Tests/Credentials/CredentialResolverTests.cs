using BotoSharp.Auth;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Credentials;

public class CredentialResolverTests
{
    [Test]
    public void The_first_provider_with_credentials_wins()
    {
        var resolver = new CredentialResolver([new Fixed("a", null), new Fixed("b", "B"), new Fixed("c", "C")]);
        Assert.That(resolver.LoadCredentials()!.AccessKey, Is.EqualTo("B"));
    }

    [Test]
    public void No_credentials_anywhere_is_null_not_an_error()
    {
        Assert.That(new CredentialResolver([new Fixed("a", null)]).LoadCredentials(), Is.Null);
    }

    [Test]
    public void A_provider_exception_aborts_the_chain()
    {
        var resolver = new CredentialResolver([new Throwing(), new Fixed("b", "B")]);
        Assert.That(() => resolver.LoadCredentials(), Throws.TypeOf<PartialCredentialsError>());
    }

    [Test]
    public void Providers_are_inserted_before_and_after_by_method_name()
    {
        var resolver = new CredentialResolver([new Fixed("a", null), new Fixed("c", null)]);
        resolver.InsertBefore("c", new Fixed("b", null));
        resolver.InsertAfter("c", new Fixed("d", null));
        Assert.That(resolver.Providers.Select(p => p.Method), Is.EqualTo(new[] { "a", "b", "c", "d" }));
        Assert.That(resolver.GetProvider("d").Method, Is.EqualTo("d"));
    }

    [Test]
    public void Unknown_names_raise_for_insert_and_get_but_are_ignored_by_remove()
    {
        var resolver = new CredentialResolver([new Fixed("a", null)]);
        Assert.That(() => resolver.InsertBefore("zz", new Fixed("b", null)), Throws.TypeOf<UnknownCredentialError>().With.Message.EqualTo("Credential named zz not found."));
        Assert.That(() => resolver.InsertAfter("zz", new Fixed("b", null)), Throws.TypeOf<UnknownCredentialError>());
        Assert.That(() => resolver.GetProvider("zz"), Throws.TypeOf<UnknownCredentialError>());
        resolver.Remove("zz");
        resolver.Remove("a");
        Assert.That(resolver.Providers, Is.Empty);
    }

    [Test]
    public async Task The_async_chain_returns_the_same_result()
    {
        var resolver = new CredentialResolver([new Fixed("a", null), new Fixed("b", "B")]);
        Assert.That((await resolver.LoadCredentialsAsync())!.Method, Is.EqualTo("b"));
    }

    private sealed class Fixed(string method, string? key) : CredentialProvider
    {
        public override string Method => method;

        public override BotoSharp.Auth.Credentials? Load() => key is null ? null : new BotoSharp.Auth.Credentials(key, "s", method: method);
    }

    private sealed class Throwing : CredentialProvider
    {
        public override string Method => "throwing";

        public override BotoSharp.Auth.Credentials? Load() => throw new PartialCredentialsError("throwing", "x");
    }
}
