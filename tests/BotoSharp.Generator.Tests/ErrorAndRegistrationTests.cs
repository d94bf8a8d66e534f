using BotoSharp.Errors;
using BotoSharp.Loading;
using BotoSharp.Services.KitchenSink;

namespace BotoSharp.Generator.Tests;

/// <summary>Error shapes become exceptions; every service registers its compiled model at module load.</summary>
public class ErrorAndRegistrationTests
{
    private static readonly Dictionary<string, object?> s_error = new()
    {
        ["Error"] = new Dictionary<string, object?> { ["Code"] = "ThingNotFoundCode", ["Message"] = "gone" },
        ["ResponseMetadata"] = new Dictionary<string, object?> { ["HTTPStatusCode"] = 404, ["RequestId"] = "r1" },
        ["ThingName"] = "t",
        ["Message"] = "gone",
    };

    [Test]
    public void TheErrorCodeTraitMapsToTheGeneratedExceptionWithItsMembers()
    {
        var error = KitchenSinkExceptions.Create("ThingNotFoundCode", s_error, "PutThing");
        Assert.That(error, Is.InstanceOf<ThingNotFound>());
        var thing = (ThingNotFound)error!;
        Assert.That(thing.ThingName, Is.EqualTo("t"));
        Assert.That(thing.MessageValue, Is.EqualTo("gone"));
        Assert.That(thing.Code, Is.EqualTo("ThingNotFoundCode"));
        Assert.That(thing.Message, Is.EqualTo("An error occurred (ThingNotFoundCode) when calling the PutThing operation: gone"));
    }

    [Test]
    public void AnErrorWithoutACodeTraitIsKnownByItsShapeNameAndUnknownCodesGiveNull()
    {
        Assert.That(KitchenSinkExceptions.Create("ValidationException", s_error, "PutThing"), Is.InstanceOf<ValidationException>());
        Assert.That(KitchenSinkExceptions.Create("ThingNotFound", s_error, "PutThing"), Is.Null);
        Assert.That(new KitchenSinkClient(new RecordingPipeline()).Exceptions.ThingNotFound, Is.EqualTo(typeof(ThingNotFound)));
        Assert.That(typeof(ThingNotFound).IsSubclassOf(typeof(ClientError)), Is.True);
    }

    [Test]
    public void TheModuleInitializerRegistersACompactModelAndAClientFactory()
    {
        var model = CompiledModelRegistry.Find("kitchen");
        Assert.That(model, Is.Not.Null);
        Assert.That(model!.ApiVersion, Is.EqualTo("2024-01-01"));
        Assert.That(model.ClientType, Is.EqualTo(typeof(KitchenSinkClient)));
        var json = System.Text.Json.JsonDocument.Parse(model.ServiceJson());
        Assert.That(json.RootElement.GetProperty("metadata").GetProperty("serviceId").GetString(), Is.EqualTo("Kitchen Sink"));
        Assert.That(json.RootElement.TryGetProperty("documentation", out _), Is.False, "documentation is stripped from the embedded copy");
        Assert.That(model.PaginatorsJson!(), Does.Contain("ListThings"));
        Assert.That(model.WaitersJson!(), Does.Contain("ThingExists"));
        Assert.That(model.CreateClient(new RecordingPipeline()), Is.InstanceOf<KitchenSinkClient>());
        Assert.That(model.CreateError("ThingNotFoundCode", s_error, "PutThing"), Is.InstanceOf<ThingNotFound>());
    }

    [Test]
    public void TheEmbeddedSqsModelMatchesBotocoresShapesAndOperations()
    {
        var embedded = System.Text.Json.JsonDocument.Parse(CompiledModelRegistry.Find("sqs")!.ServiceJson()).RootElement;
        var original = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Directory.GetFiles(Path.Combine(Support.RepoPaths.Models, "sqs"), "service-2.json", SearchOption.AllDirectories).Single())).RootElement;
        Assert.That(embedded.GetProperty("shapes").EnumerateObject().Count(), Is.EqualTo(original.GetProperty("shapes").EnumerateObject().Count()));
        Assert.That(embedded.GetProperty("operations").EnumerateObject().Select(o => o.Name), Is.EqualTo(original.GetProperty("operations").EnumerateObject().Select(o => o.Name)));
    }
}
