using System.Text.Json.Nodes;
using BotoSharp.Errors;
using BotoSharp.Models;

namespace BotoSharp.Tests.Models;

/// <summary>Behaviour of the runtime model on small hand-written descriptions.</summary>
[TestFixture]
public sealed class ServiceModelTests
{
    private static ServiceModel Build(string metadata = """{"protocol": "json", "endpointPrefix": "svc", "apiVersion": "2020-01-01", "serviceId": "My Svc"}""") =>
        ServiceModel.FromJson("""
        {
          "metadata": METADATA,
          "operations": {
            "Op": {"name": "OpWire", "http": {"method": "PUT", "requestUri": "/{Id}"}, "input": {"shape": "In"}, "output": {"shape": "Out"},
                   "errors": [{"shape": "Boom"}], "endpoint": {"hostPrefix": "{Id}."}, "staticContextParams": {"UseX": {"value": true}},
                   "operationContextParams": {"Keys": {"path": "keys(Map)"}}},
            "Broken": {"input": {"shape": "Missing"}}
          },
          "shapes": {
            "In": {"type": "structure", "required": ["Id"], "members": {
              "Id": {"shape": "Str", "location": "uri", "locationName": "Id", "hostLabel": true, "contextParam": {"name": "ResourceId"}},
              "Token": {"shape": "Str", "idempotencyToken": true},
              "Map": {"shape": "StrMap"},
              "Self": {"shape": "In"}}},
            "Out": {"type": "structure", "payload": "Body", "members": {"Body": {"shape": "Blob"}}},
            "Str": {"type": "string", "locationName": "ShapeLevel", "min": 1, "enum": ["a", "b"]},
            "Blob": {"type": "blob", "streaming": true},
            "StrMap": {"type": "map", "key": {"shape": "Str"}, "value": {"shape": "Str", "locationName": "V"}},
            "Boom": {"type": "structure", "exception": true, "error": {"code": "BoomCode", "httpStatusCode": 400}, "members": {}},
            "Plain": {"type": "structure", "exception": true, "members": {}}
          }
        }
        """.Replace("METADATA", metadata, StringComparison.Ordinal));

    [Test]
    public void MemberTraitsOverlayTheTargetShape()
    {
        var id = Build().OperationModel("Op").InputShape!.Members["Id"];
        Assert.Multiple(() =>
        {
            Assert.That(id.Name, Is.EqualTo("Str"));
            Assert.That(id.LocationName, Is.EqualTo("Id"), "the member's locationName beats the shape's");
            Assert.That(id.Location, Is.EqualTo("uri"));
            Assert.That(id.HostLabel, Is.True);
            Assert.That(id.Serialization["name"]!.GetValue<string>(), Is.EqualTo("Id"));
            Assert.That(id.Metadata.ContainsKey("min"), Is.True);
            Assert.That(((StringShape)id).Enum, Is.EqualTo(new[] { "a", "b" }));
        });
    }

    [Test]
    public void MetadataEditsAfterAReadAreSeenByTheNextRead()
    {
        var model = Build();
        Assert.That((model.ServiceId, model.EventServiceId, model.EndpointPrefix, model.MetadataSigningName), Is.EqualTo(("My Svc", "my-svc", "svc", (string?)null)));
        model.Metadata["serviceId"] = "Other Svc";
        model.Metadata["endpointPrefix"] = "other";
        model.Metadata["signingName"] = "signer";
        Assert.That((model.ServiceId, model.EventServiceId, model.EndpointPrefix, model.MetadataSigningName), Is.EqualTo(("Other Svc", "other-svc", "other", "signer")));
        model.Metadata["signingName"] = 5;
        Assert.Throws<InvalidOperationException>(() => _ = model.MetadataSigningName, "a non-string signingName fails as GetValue<string> does");
    }

    [Test]
    public void RecursiveShapesResolveLazilyToTheSameObject()
    {
        var input = Build().OperationModel("Op").InputShape!;
        Assert.That(input.Members["Self"], Is.SameAs(input));
    }

    [Test]
    public void OperationTraitsAreReadFromTheModel()
    {
        var op = Build().OperationModel("Op");
        Assert.Multiple(() =>
        {
            Assert.That(op.Name, Is.EqualTo("Op"));
            Assert.That(op.WireName, Is.EqualTo("OpWire"));
            Assert.That(op.HttpMethod, Is.EqualTo("PUT"));
            Assert.That(op.RequestUri, Is.EqualTo("/{Id}"));
            Assert.That(op.HostPrefix, Is.EqualTo("{Id}."));
            Assert.That(op.IdempotentMembers, Is.EqualTo(new[] { "Token" }));
            Assert.That(op.ContextParameters, Is.EqualTo(new[] { new ContextParameter("ResourceId", "Id") }));
            Assert.That(op.StaticContextParameters, Is.EqualTo(new[] { new StaticContextParameter("UseX", true) }));
            Assert.That(op.OperationContextParameters, Is.EqualTo(new[] { new OperationContextParameter("Keys", "keys(Map)") }));
            Assert.That(op.HasStreamingOutput, Is.True);
            Assert.That(op.HasStreamingInput, Is.False);
            Assert.That(op.ErrorShapes.Single().ErrorCode, Is.EqualTo("BoomCode"));
            Assert.That(op.ServiceModel.OperationModel("Op"), Is.SameAs(op), "operation models are cached");
        });
    }

    [Test]
    public void ErrorShapesAreFoundByModeledCodeOrByName()
    {
        var model = Build();
        Assert.That(model.ShapeForErrorCode("BoomCode")!.Name, Is.EqualTo("Boom"));
        Assert.That(model.ShapeForErrorCode("Plain")!.Name, Is.EqualTo("Plain"));
        Assert.That(model.ShapeForErrorCode("Boom"), Is.Null, "a modeled code replaces the shape name");
    }

    [Test]
    public void AMissingShapeReferenceRaisesNoShapeFoundErrorNamingIt()
    {
        var error = Assert.Throws<NoShapeFoundError>(() => _ = Build().OperationModel("Broken").InputShape);
        Assert.That(error!.Message, Is.EqualTo("Missing"));
    }

    [Test]
    public void AShapeWithoutATypeRaisesInvalidShapeError()
    {
        var model = ServiceModel.FromJson("""{"metadata": {}, "shapes": {"NoType": {"members": {}}}}""");
        Assert.Throws<InvalidShapeError>(() => model.ShapeFor("NoType"));
    }

    [Test]
    public void AnUnknownOperationRaisesOperationNotFoundError()
    {
        Assert.That(Assert.Throws<OperationNotFoundError>(() => Build().OperationModel("Nope"))!.Message, Is.EqualTo("Nope"));
    }

    [Test]
    public void MetadataDefaultsFollowBotocore()
    {
        var model = Build();
        Assert.Multiple(() =>
        {
            Assert.That(model.ServiceName, Is.EqualTo("svc"), "the service name defaults to the endpoint prefix");
            Assert.That(model.SigningName, Is.EqualTo("svc"), "the signing name defaults to the endpoint prefix");
            Assert.That(model.ServiceId, Is.EqualTo("My Svc"));
            Assert.That(model.ResolvedProtocol, Is.EqualTo("json"));
            Assert.That(model.ShapeNames, Has.Count.EqualTo(7));
            Assert.That(model.ErrorShapes.Select(s => s.Name), Is.EqualTo(new[] { "Boom", "Plain" }));
        });
    }

    [Test]
    public void TheProtocolsListIsSearchedInBotocoresPriorityOrder()
    {
        var model = Build("""{"protocol": "query", "protocols": ["query", "smithy-rpc-v2-cbor", "rest-xml"], "endpointPrefix": "x"}""");
        Assert.That(model.ResolvedProtocol, Is.EqualTo("rest-xml"));
    }

    [Test]
    public void AnEmptyProtocolsListFallsBackToProtocol()
    {
        Assert.That(Build("""{"protocol": "ec2", "protocols": [], "endpointPrefix": "x"}""").ResolvedProtocol, Is.EqualTo("ec2"));
    }

    [Test]
    public void AProtocolsListWithNothingSupportedRaisesUnsupportedServiceProtocolsError()
    {
        var model = Build("""{"protocols": ["smoke-signals"], "endpointPrefix": "x"}""");
        var error = Assert.Throws<UnsupportedServiceProtocolsError>(() => _ = model.ResolvedProtocol);
        Assert.That(error!.Message, Is.EqualTo(
            "Botocore supports ['json', 'rest-json', 'rest-xml', 'smithy-rpc-v2-cbor', 'query', 'ec2'], but service x only supports ['smoke-signals']."));
    }

    [Test]
    public void MissingRequiredMetadataRaisesTypedErrors()
    {
        var model = Build("{}");
        Assert.Throws<UndefinedModelAttributeError>(() => _ = model.ApiVersion);
        Assert.Throws<MissingServiceIdError>(() => _ = model.ServiceId);
        Assert.That(model.SignatureVersion, Is.Null);
    }

    [Test]
    public void AConstructorServiceNameOverridesTheEndpointPrefix()
    {
        var model = new ServiceModel(new JsonObject { ["metadata"] = new JsonObject { ["endpointPrefix"] = "email" } }, "ses");
        Assert.That(model.ServiceName, Is.EqualTo("ses"));
        Assert.That(model.OperationNames, Is.Empty);
    }

    [Test]
    public void AReferenceWithoutAShapeNamesWhereItSits()
    {
        var model = ServiceModel.FromJson("""
        {"metadata": {"protocol": "json", "endpointPrefix": "svc"},
         "operations": {"Op": {"input": {"locationName": "x"}}},
         "shapes": {"S": {"type": "structure", "members": {"M": {"locationName": "m"}}}, "L": {"type": "list", "member": {}}}}
        """);

        var member = Assert.Throws<InvalidShapeReferenceError>(() => _ = ((StructureShape)model.ShapeFor("S")).Members);
        var listMember = Assert.Throws<InvalidShapeReferenceError>(() => _ = ((ListShape)model.ShapeFor("L")).Member);
        var input = Assert.Throws<InvalidShapeReferenceError>(() => _ = model.OperationModel("Op").InputShape);

        Assert.That(member!.Message, Is.EqualTo("Invalid model, missing shape reference: S.M"));
        Assert.That(listMember!.Message, Is.EqualTo("Invalid model, missing shape reference: L.member"));
        Assert.That(input!.Message, Is.EqualTo("""Invalid model, missing shape reference: {"locationName":"x"}"""));
    }
}
