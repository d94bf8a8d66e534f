using BotoSharp.Generator.Model;
using BotoSharp.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BotoSharp.Generator.Tests;

/// <summary>What a consumer's own code sees of generated types: names, required members, plumbing, disposal.</summary>
public class ConsumerSurfaceTests
{
    private const string Model = """
        {
          "version": "2.0",
          "metadata": {"apiVersion": "2020-01-01", "protocol": "rest-json", "serviceId": "Glue", "endpointPrefix": "glue"},
          "operations": {
            "GetSession": {"name": "GetSession", "http": {"method": "POST", "requestUri": "/s"}, "input": {"shape": "GetSessionRequest"}, "output": {"shape": "GetSessionResponse"}},
            "Download": {"name": "Download", "http": {"method": "GET", "requestUri": "/d"}, "input": {"shape": "GetSessionRequest"}, "output": {"shape": "DownloadOutput"}}
          },
          "shapes": {
            "GetSessionRequest": {"type": "structure", "required": ["Id", "Old"], "members": {
              "Id": {"shape": "Str"}, "Old": {"shape": "Str", "deprecated": true}, "Filter": {"shape": "Filter"}}},
            "Filter": {"type": "structure", "required": ["Key"], "members": {"Key": {"shape": "Str"}}},
            "GetSessionResponse": {"type": "structure", "members": {"Session": {"shape": "Session"}}},
            "Session": {"type": "structure", "required": ["Id"], "members": {"Id": {"shape": "Str"}}},
            "ValidationError": {"type": "structure", "members": {"Message": {"shape": "Str"}}, "exception": true},
            "DownloadOutput": {"type": "structure", "members": {"Body": {"shape": "Payload"}}, "payload": "Body"},
            "Payload": {"type": "blob", "streaming": true},
            "Str": {"type": "string"}
          }
        }
        """;

    private static GeneratorRun Run() =>
        GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/m/glue/2020-01-01/service-2.json", Model) });

    private static IReadOnlyList<string> CompileConsumer(GeneratorRun run, string source) => run.Output
        .AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions))
        .GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .Select(d => d.Id + ": " + d.GetMessage())
        .ToList();

    [Test]
    public void ShapesNamedLikeImportedRuntimeTypesTakeTheServicePrefix()
    {
        var run = Run();
        Assert.That(run.GeneratorDiagnostics, Is.Empty);
        Assert.That(run.Sources.Keys, Has.Member("glue.GlueSession.g.cs").And.Member("glue.GlueValidationError.g.cs"));
        const string consumer = """
            using BotoSharp;
            using BotoSharp.Errors;
            using BotoSharp.Services.Glue;
            /// <summary>A consumer importing the runtime and the service side by side.</summary>
            public static class Consumer
            {
                /// <summary>Uses both names unqualified.</summary>
                public static string Use(Session session, GlueSession shape, ValidationError error, GlueValidationError serviceError) =>
                    session.Profile + shape.Id + error.Message + serviceError.Message;
            }
            """;
        Assert.That(CompileConsumer(run, consumer), Is.Empty);
    }

    [Test]
    public void RequiredRequestMembersAreEnforcedByTheCompiler()
    {
        var run = Run();
        const string missing = """
            /// <summary>Forgets the required Id.</summary>
            public static class Consumer
            {
                /// <summary>Builds a request.</summary>
                public static object Build() => new BotoSharp.Services.Glue.GetSessionRequest { Filter = new() { Key = "k" } };
            }
            """;
        Assert.That(CompileConsumer(run, missing), Has.Some.StartsWith("CS9035").And.Some.Contains("'GetSessionRequest.Id'"));
        Assert.That(CompileConsumer(run, missing.Replace("Filter = new() { Key = \"k\" }", "Id = \"1\"", StringComparison.Ordinal)), Is.Empty,
            "a deprecated required member is not enforced (C# forbids [Obsolete] on required members)");
        Assert.That(run.Sources["glue.GlueSession.g.cs"], Does.Not.Contain("required "), "an output-only shape has no required members");
    }

    [Test]
    public void PlumbingIsImplementedExplicitlySoItStaysOutOfTheUsersView()
    {
        var type = Run().Output.GetTypeByMetadataName("BotoSharp.Services.Glue.GetSessionRequest")!;
        var publicNames = type.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public).Select(m => m.Name);
        Assert.That(publicNames, Has.None.EqualTo("ToParameters").And.None.EqualTo("FromParsed"));
        Assert.That(type.GetMembers().Select(m => m.Name), Has.Some.EndsWith(".ToParameters").And.Some.Contains(".FromParsed"));
    }

    [Test]
    public void OnlyStreamingOutputsAreDisposable()
    {
        var run = Run();
        var disposable = run.Output.GetSpecialType(SpecialType.System_IDisposable);
        bool IsDisposable(string name) => run.Output.GetTypeByMetadataName("BotoSharp.Services.Glue." + name)!.AllInterfaces.Contains(disposable);
        Assert.That(IsDisposable("DownloadOutput"), Is.True);
        Assert.That(IsDisposable("GetSessionResponse"), Is.False);
        Assert.That(run.Sources["glue.DownloadOutput.g.cs"], Does.Contain("Body?.Dispose();"));
    }

    [Test]
    public void APresignOverloadExistsOnlyForAnInputUsedByOneOperation()
    {
        Assert.That(Run().Sources["glue.GlueClient.g.cs"], Does.Not.Contain("GeneratePresignedUrl(GetSessionRequest"));
        var kitchen = GeneratorHarness.Run(TestModels.KitchenWithProtocol("rest-json")).Sources["kitchen-rest-json.KitchenRestJsonClient.g.cs"];
        Assert.That(kitchen, Does.Contain("public string GeneratePresignedUrl(GetBlobRequest request, int expiresIn = 3600, string? httpMethod = null)"));
    }

    [Test]
    public void TheRuntimeNameListMatchesTheRuntimeAssembly()
    {
        var runtime = typeof(BotoSharp.Clients.IRequestShape).Assembly;
        var exported = runtime.GetExportedTypes()
            .Where(t => !t.IsNested && RuntimeTypeNames.Namespaces.Contains(t.Namespace))
            .Select(t => t.Name.Split('`')[0])
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal);
        Assert.That(RuntimeTypeNames.All.OrderBy(n => n, StringComparer.Ordinal), Is.EqualTo(exported));
    }
}
