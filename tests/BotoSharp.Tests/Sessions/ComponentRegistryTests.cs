using BotoSharp.Components;
using BotoSharp.Configuration;

namespace BotoSharp.Tests.Sessions;

/// <summary>botocore's component registry semantics.</summary>
public class ComponentRegistryTests
{
    [Test]
    public void LazyComponentIsCreatedOnceOnFirstUse()
    {
        var registry = new ComponentRegistry();
        int calls = 0;
        registry.LazyRegisterComponent("thing", () => ++calls);
        Assert.That(calls, Is.Zero);
        Assert.That(registry.GetComponent("thing"), Is.EqualTo(1));
        Assert.That(registry.GetComponent("thing"), Is.EqualTo(1));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public void RegisteringAnInstanceDropsThePendingFactory()
    {
        var registry = new ComponentRegistry();
        registry.LazyRegisterComponent("thing", () => throw new InvalidOperationException("factory must not run"));
        registry.RegisterComponent("thing", "instance");
        Assert.That(registry.GetComponent("thing"), Is.EqualTo("instance"));
    }

    [Test]
    public void LazyRegistrationReplacesAnInstance()
    {
        var registry = new ComponentRegistry();
        registry.RegisterComponent("thing", "old");
        registry.LazyRegisterComponent("thing", () => "new");
        Assert.That(registry.GetComponent("thing"), Is.EqualTo("new"));
    }

    [Test]
    public void NullInstanceIsAComponentAndAFactoryMayReturnNull()
    {
        var registry = new ComponentRegistry();
        registry.RegisterComponent("none", null);
        registry.LazyRegisterComponent("lazy-none", () => null);
        Assert.That(registry.Contains("none") && registry.Contains("lazy-none"), Is.True);
        Assert.That(registry.GetComponent("none"), Is.Null);
        Assert.That(registry.GetComponent("lazy-none"), Is.Null);
    }

    [Test]
    public void AnEagerlyRegisteredDelegateIsTheComponentNotAFactory()
    {
        var registry = new ComponentRegistry();
        Func<object?> component = () => throw new InvalidOperationException("a component must not be run");
        registry.RegisterComponent("callable", component);
        Assert.That(registry.GetComponent("callable"), Is.SameAs(component));
    }

    [Test]
    public void AStatefulFactoryRunsOnceWithItsState()
    {
        var registry = new ComponentRegistry();
        var state = new List<string>();
        registry.LazyRegisterComponent("thing", static s => { ((List<string>)s).Add("ran"); return "made"; }, state);
        Assert.That(registry.GetComponent("thing"), Is.EqualTo("made"));
        Assert.That(registry.GetComponent("thing"), Is.EqualTo("made"));
        Assert.That(state, Is.EqualTo(new[] { "ran" }));
    }

    [Test]
    public void UnknownComponentRaisesArgumentExceptionWithBotocoresMessage()
    {
        var error = Assert.Throws<ArgumentException>(() => new ComponentRegistry().GetComponent("nope"));
        Assert.That(error!.Message, Is.EqualTo("Unknown component: nope"));
    }

    [Test]
    public void SessionRegistersTheConfigStoreEagerly()
    {
        var session = new Session(environment: new Dictionary<string, string>());
        Assert.That(session.GetComponent("config_store"), Is.InstanceOf<ConfigValueStore>());
        Assert.Throws<ArgumentException>(() => session.GetComponent("nope"));
    }

    [Test]
    public void SessionComponentsCanBeReplaced()
    {
        var session = new Session(environment: new Dictionary<string, string>());
        var store = new ConfigValueStore();
        store.SetConfigVariable("region", "from-custom-store");
        session.RegisterComponent("config_store", store);
        Assert.That(session.GetConfigVariable("region"), Is.EqualTo("from-custom-store"));
        session.LazyRegisterComponent("mine", () => 42);
        Assert.That(session.GetComponent<int>("mine"), Is.EqualTo(42));
    }

    [Test]
    public void SessionServesTheTwoDeprecatedInternalComponentsButNoOthers()
    {
        var session = new Session(environment: new Dictionary<string, string>());
        session.RegisterInternalComponent("exceptions_factory", "factory");
        session.RegisterInternalComponent("monitor", "csm");
        Assert.That(session.GetComponent("exceptions_factory"), Is.EqualTo("factory"));
        Assert.Throws<ArgumentException>(() => session.GetComponent("monitor"));
        Assert.That(session.GetInternalComponent("monitor"), Is.EqualTo("csm"));
    }
}
