using BotoSharp.Clients;
using BotoSharp.Services.KitchenSink;

namespace BotoSharp.Generator.Tests;

/// <summary>Typed shapes convert to and from the runtime value convention (DESIGN-NOTES.md) in generated code.</summary>
public class ShapeConversionTests
{
    [Test]
    public void ToParametersWritesIntegersAsLongFloatsAsDoubleAndEnumsAsStrings()
    {
        var thing = ShapeValues.WriteStructure(new Thing
        {
            Count = 3,
            Ratio = 1.5f,
            Color = Color.DarkBlue,
            Tags = new() { "a" },
            Matrix = new() { new() { 1, 2 } },
            Groups = new() { ["g"] = new() { "x" } },
            Choice = new Choice { Text = "t" },
            Settings = new Dictionary<string, object?> { ["k"] = 1L },
        });
        Assert.That(thing["Count"], Is.EqualTo(3L).And.TypeOf<long>());
        Assert.That(thing["Ratio"], Is.EqualTo(1.5d).And.TypeOf<double>());
        Assert.That(thing["Color"], Is.EqualTo("dark-blue"));
        Assert.That(thing["Tags"], Is.EqualTo(new List<object?> { "a" }));
        Assert.That(thing["Matrix"], Is.EqualTo(new List<object?> { new List<object?> { 1L, 2L } }));
        Assert.That(thing["Groups"], Is.EqualTo(new Dictionary<string, object?> { ["g"] = new List<object?> { "x" } }));
        Assert.That(thing["Choice"], Is.EqualTo(new Dictionary<string, object?> { ["Text"] = "t" }));
        Assert.That(thing, Does.Not.ContainKey("Size"));
    }

    [Test]
    public void FromParsedToleratesIntForLongAndLongForIntAndKeepsUnknownEnumValues()
    {
        var thing = ShapeValues.ReadStructure<Thing>(new Dictionary<string, object?>
        {
            ["Count"] = 7L,
            ["Size"] = 9,
            ["Weight"] = 2L,
            ["Enabled"] = true,
            ["Color"] = "ultraviolet",
            ["Colors"] = new List<object?> { "red", "green" },
            ["Matrix"] = new List<object?> { new List<object?> { 1L, 2 } },
            ["Children"] = new List<object?> { new Dictionary<string, object?> { ["Thing"] = "child" } },
            ["Attributes"] = new Dictionary<string, object?> { ["a"] = "b" },
            ["Settings"] = new List<object?> { 1L, "two" },
            ["Unknown"] = "ignored",
        })!;
        Assert.That(thing.Count, Is.EqualTo(7));
        Assert.That(thing.Size, Is.EqualTo(9L));
        Assert.That(thing.Weight, Is.EqualTo(2d));
        Assert.That(thing.Enabled, Is.True);
        Assert.That(thing.Color!.Value.Value, Is.EqualTo("ultraviolet"));
        Assert.That(thing.Colors, Is.EqualTo(new[] { Color.Red, new Color("green") }));
        Assert.That(thing.Matrix![0], Is.EqualTo(new[] { 1, 2 }));
        Assert.That(thing.Children![0].ThingValue, Is.EqualTo("child"));
        Assert.That(thing.Attributes!["a"], Is.EqualTo("b"));
        Assert.That(thing.Settings, Is.EqualTo(new List<object?> { 1L, "two" }));
    }

    [Test]
    public void TimestampsAndStreamingBlobsKeepTheirRuntimeTypes()
    {
        var when = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var body = new MemoryStream();
        var response = ShapeValues.ReadStructure<PutThingResponse>(new Dictionary<string, object?> { ["Created"] = when })!;
        var blob = ShapeValues.ReadStructure<GetBlobOutput>(new Dictionary<string, object?> { ["Body"] = body, ["ContentLength"] = 0L })!;
        Assert.That(response.Created, Is.EqualTo(when));
        Assert.That(blob.Body, Is.SameAs(body));
        Assert.That(ShapeValues.WriteStructure(new UploadBlobRequest { Body = body })["Body"], Is.SameAs(body));
    }

    [Test]
    public void DisposingAStreamingOutputClosesItsBody()
    {
        var body = new MemoryStream(new byte[] { 1 });
        using (ShapeValues.ReadStructure<GetBlobOutput>(new Dictionary<string, object?> { ["Body"] = body }))
        {
            Assert.That(body.CanRead, Is.True);
        }
        Assert.That(body.CanRead, Is.False);
    }

    [Test]
    public void CollidingNamesAreResolvedDeterministically()
    {
        Assert.That(typeof(Thing).GetProperty("ThingValue"), Is.Not.Null, "a member named like its type gets a Value suffix");
        Assert.That(typeof(Thing).GetProperty("GetTypeValue"), Is.Not.Null, "a member named like an object method gets a Value suffix");
        Assert.That(typeof(PutThingRequest).GetProperty("Class"), Is.Not.Null, "a keyword member is PascalCased");
        Assert.That(typeof(BotoSharp.Services.KitchenSink.Type).GetProperty("System")!.PropertyType, Is.EqualTo(typeof(BotoSharp.Services.KitchenSink.System)));
        Assert.That(Color.Value2x.Value, Is.EqualTo("2x"));
        Assert.That(Color.ValueValue.Value, Is.EqualTo("Value"));
        Assert.That(typeof(ThingNotFound).GetProperty("MessageValue"), Is.Not.Null, "an error member named Message does not hide Exception.Message");
    }
}
