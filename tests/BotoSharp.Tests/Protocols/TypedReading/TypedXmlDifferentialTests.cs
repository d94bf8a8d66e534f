using System.Text.Json.Nodes;
using BotoSharp.Loading;
using BotoSharp.Models;
using BotoSharp.Protocols;
using BotoSharp.Tests.Protocols.Support;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Protocols.TypedReading;

/// <summary>
/// The read side's typed-vs-dictionary differential over botocore's real-service XML responses, for every one
/// whose service this assembly compiles typed clients for: the typed reader must give the values the dictionary
/// path gives (parser, then <c>FromParsed</c>), and the same request id, without giving up.
/// </summary>
public sealed class TypedXmlDifferentialTests
{
    /// <summary>One case per XML success response of a compiled XML-protocol service.</summary>
    public static IEnumerable<TestCaseData> Cases()
    {
        var folder = Path.Combine(RepoPaths.Conformance, "response-parsing", "xml", "responses");
        foreach (var file in Directory.GetFiles(folder, "*.xml").OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var service = name[..name.IndexOf('-')];
            // An operation without an output shape never reaches a reader: the call path returns an empty output.
            if (Compiled(service) is { } compiled && Protocol(compiled) is "query" or "ec2" or "rest-xml" && Operation(compiled, name).OutputShape is not null)
            {
                yield return new TestCaseData(Path.GetFileName(file)).SetName($"typed xml: {name}");
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void TheTypedReadGivesTheDictionaryPathsValues(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        var dash = name.IndexOf('-');
        var compiled = Compiled(name[..dash])!;
        var operation = Operation(compiled, name);
        var model = operation.ServiceModel;
        var operationName = operation.Name;
        // An operation without input has only the (CancellationToken) overload.
        var outputType = compiled.ClientType.GetMethods().First(m => m.Name == operationName + "Async").ReturnType.GetGenericArguments()[0];
        var headers = new HeaderCollection();
        headers.Set("x-amz-request-id", "REQ");
        var body = File.ReadAllBytes(Path.Combine(RepoPaths.Conformance, "response-parsing", "xml", "responses", fileName));
        var protocol = model.ResolvedProtocol;

        var (actual, metadata, fallback) = TypedReadProbe.Typed(outputType, new ProtocolResponse(200, headers, body), operation, protocol);
        Dictionary<string, object?> parsed;
        object? expected;
        try
        {
            (expected, parsed) = TypedReadProbe.Dictionary(outputType, new ProtocolResponse(200, headers, body), operation, protocol);
        }
        catch (Errors.ResponseParserError error)
        {
            // Some samples hold placeholders botocore cannot parse: the typed reader must give up on them too.
            Assert.That(fallback, Is.Not.Null, () => $"the dictionary path raised {error.Message}, the typed read returned {PlainValues.Describe(actual)}");
            return;
        }

        Assert.That(fallback, Is.Null, () => $"the typed reader gave up: {fallback}");
        Assert.That(PlainValues.AreEqual(actual, expected, out var path), Is.True, () => $"differs at {path}\n typed: {PlainValues.Describe(actual)}\n dict:  {PlainValues.Describe(expected)}");
        var expectedId = ((Dictionary<string, object?>)parsed["ResponseMetadata"]!).GetValueOrDefault("RequestId") as string;
        Assert.That(protocol == "rest-xml" ? "REQ" : metadata!.RequestId, Is.EqualTo(expectedId));
    }

    /// <summary>
    /// The byte reader and XmlReader give the same typed value, or both give up, for each response and mutations of
    /// it (cut, spliced, characters changed): a document outside the byte reader's subset is read over XmlReader.
    /// </summary>
    [TestCaseSource(nameof(Cases))]
    public void TheByteReaderAndXmlReaderReadTheSame(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        var compiled = Compiled(name[..name.IndexOf('-')])!;
        var operation = Operation(compiled, name);
        var outputType = compiled.ClientType.GetMethods().First(m => m.Name == operation.Name + "Async").ReturnType.GetGenericArguments()[0];
        var original = File.ReadAllBytes(Path.Combine(RepoPaths.Conformance, "response-parsing", "xml", "responses", fileName));
        var random = new Random(name.Length * 7919);
        const string Alphabet = "<>/&;\"'= ?x]\t\r\n\u00e9#lt1";
        for (var round = 0; round < 25; round++)
        {
            var text = TextMutations.Mutate(random, System.Text.Encoding.UTF8.GetString(original), Alphabet, round == 0 ? 0 : random.Next(1, 3));
            var body = System.Text.Encoding.UTF8.GetBytes(text);
            var headers = new HeaderCollection();
            headers.Set("x-amz-request-id", "REQ");
            var protocol = operation.ServiceModel.ResolvedProtocol;
            var plain = TypedReadProbe.Typed(outputType, new ProtocolResponse(200, headers, body), operation, protocol);
            var reader = TypedReadProbe.Typed(outputType, new ProtocolResponse(200, headers, body), operation, protocol, overXmlReader: true);
            Assert.That(plain.Fallback is null, Is.EqualTo(reader.Fallback is null), () => $"one reader gave up: {plain.Fallback?.Message ?? reader.Fallback?.Message}\n{text}");
            Assert.That(PlainValues.AreEqual(plain.Projection, reader.Projection, out var path), Is.True, () => $"differs at {path}\n{text}");
            Assert.That(plain.Metadata?.RequestId, Is.EqualTo(reader.Metadata?.RequestId));
        }
    }

    // The operation a response file (service-operation-name[#variant].xml) belongs to.
    private static OperationModel Operation(CompiledServiceModel compiled, string fileName)
    {
        var model = new ServiceModel(JsonNode.Parse(compiled.ServiceJson())!.AsObject(), compiled.ServiceName);
        var wanted = fileName[(fileName.IndexOf('-') + 1)..].Split('#')[0].Replace("-", string.Empty, StringComparison.Ordinal);
        return model.OperationModel(model.OperationNames.Single(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase)));
    }

    // This assembly's module initializer registered its compiled services before any test ran.
    private static CompiledServiceModel? Compiled(string service) => CompiledModelRegistry.Find(service);

    private static string Protocol(CompiledServiceModel compiled) =>
        new ServiceModel(JsonNode.Parse(compiled.ServiceJson())!.AsObject(), compiled.ServiceName).ResolvedProtocol;
}
