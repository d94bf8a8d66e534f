using BotoSharp.Events;

namespace BotoSharp.Tests.Events;

/// <summary>Emitter behaviours that are about .NET values rather than ordering (ordering is differential-tested).</summary>
[TestFixture]
public class HierarchicalEmitterTests
{
    [Test]
    public void Emit_adds_event_name_without_touching_the_caller_s_dictionary()
    {
        var emitter = new HierarchicalEmitter();
        IDictionary<string, object?>? seen = null;
        emitter.Register("a", kw => { seen = kw; return null; });
        var args = new Dictionary<string, object?> { ["x"] = 1 };
        emitter.Emit("a.b", args);
        Assert.That(seen!["event_name"], Is.EqualTo("a.b"));
        Assert.That(seen["x"], Is.EqualTo(1));
        Assert.That(args.ContainsKey("event_name"), Is.False);
    }

    [Test]
    public void Each_handler_gets_its_own_argument_dictionary_but_shared_values()
    {
        var emitter = new HierarchicalEmitter();
        var shared = new Dictionary<string, object?>();
        emitter.Register("a", kw => { kw["params"] = "rebound"; ((Dictionary<string, object?>)shared)["k"] = "v"; return null; });
        object? secondSaw = null;
        emitter.Register("a", kw => { secondSaw = kw["params"]; return null; });
        emitter.Emit("a", new Dictionary<string, object?> { ["params"] = shared });
        Assert.That(secondSaw, Is.SameAs(shared));
        Assert.That(shared["k"], Is.EqualTo("v"));
    }

    [Test]
    public void A_handler_that_removes_or_adds_a_key_changes_only_its_own_arguments()
    {
        var emitter = new HierarchicalEmitter();
        emitter.Register("a", kw => { kw.Remove("x"); kw["added"] = true; return null; });
        List<string>? secondKeys = null;
        emitter.Register("a", kw => { secondKeys = kw.Keys.ToList(); return null; });
        emitter.Emit("a", new Dictionary<string, object?> { ["x"] = 1 });
        Assert.That(secondKeys, Is.EqualTo(new[] { "x", "event_name" }));
    }

    [Test]
    public void Emit_until_response_returns_null_pair_when_nothing_is_registered()
    {
        var result = new HierarchicalEmitter().EmitUntilResponse("nothing.here");
        Assert.That(result.Handler, Is.Null);
        Assert.That(result.Response, Is.Null);
    }

    [Test]
    public void First_non_null_response_skips_nulls_and_falls_back_to_the_default()
    {
        BotoEventHandler h = _ => null;
        Assert.That(HierarchicalEmitter.FirstNonNullResponse(new[] { (h, (object?)null), (h, "x"), (h, "y") }), Is.EqualTo("x"));
        Assert.That(HierarchicalEmitter.FirstNonNullResponse(new[] { (h, (object?)null) }, "d"), Is.EqualTo("d"));
    }

    [Test]
    public void A_copy_does_not_see_later_registrations_and_the_original_does_not_see_the_copy_s()
    {
        var original = new HierarchicalEmitter();
        original.Register("a", _ => "orig");
        var copy = original.Copy();
        original.Register("a", _ => "late");
        copy.Register("a", _ => "copy");
        Assert.That(original.Emit("a").Select(r => r.Response), Is.EqualTo(new[] { "orig", "late" }));
        Assert.That(copy.Emit("a").Select(r => r.Response), Is.EqualTo(new[] { "orig", "copy" }));
    }

    [Test]
    public void A_counted_unique_id_counter_is_shared_between_an_emitter_and_its_copy_as_in_botocore()
    {
        var original = new HierarchicalEmitter();
        original.Register("a", _ => null, "id", uniqueIdUsesCount: true);
        var copy = original.Copy();
        copy.Register("a", _ => null, "id", uniqueIdUsesCount: true);
        Assert.That(original.GetUniqueIdCount("id"), Is.EqualTo(2));
    }

    [Test]
    public void Unique_ids_added_or_removed_on_either_side_of_a_copy_stay_on_that_side()
    {
        // The unique-id map is shared until one side changes it (copy on write): each side must still see only its own.
        var original = new HierarchicalEmitter();
        original.Register("a", _ => "shared", "shared-id");
        var copy = original.Copy();
        copy.Register("a", _ => "copy", "copy-id");
        original.Register("a", _ => "orig", "orig-id");
        copy.Unregister("a", uniqueId: "shared-id");
        Assert.That(original.Emit("a").Select(r => r.Response), Is.EqualTo(new[] { "shared", "orig" }));
        Assert.That(copy.Emit("a").Select(r => r.Response), Is.EqualTo(new[] { "copy" }));
        // An id the other side added is unknown here: registering it adds a handler, it is not "already registered".
        original.Register("a", _ => "orig-copy-id", "copy-id");
        copy.Register("a", _ => "copy-shared-id", "shared-id");
        Assert.That(original.Emit("a").Select(r => r.Response), Is.EqualTo(new[] { "shared", "orig", "orig-copy-id" }));
        Assert.That(copy.Emit("a").Select(r => r.Response), Is.EqualTo(new[] { "copy", "copy-shared-id" }));
    }

    [Test]
    public void Mixing_counted_and_uncounted_use_of_a_unique_id_is_an_argument_error()
    {
        var emitter = new HierarchicalEmitter();
        emitter.Register("a", _ => null, "id");
        var error = Assert.Throws<ArgumentException>(() => emitter.Register("a", _ => null, "id", uniqueIdUsesCount: true));
        Assert.That(error!.Message, Does.StartWith("Initial registration of  unique id id was specified to use a counter."));
    }

    [Test]
    public void Unregistering_from_a_node_that_never_held_handlers_is_ignored()
    {
        var emitter = new HierarchicalEmitter();
        BotoEventHandler h = _ => "x";
        emitter.Register("a.b.c", h);
        Assert.DoesNotThrow(() => emitter.Unregister("a.b", h));
        Assert.That(emitter.Emit("a.b.c"), Has.Count.EqualTo(1));
    }

    [Test]
    public void A_null_handler_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new HierarchicalEmitter().Register("a", null!));
    }
}
