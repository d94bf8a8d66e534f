using System.Text;
using BotoSharp.Clients;
using BotoSharp.Protocols;
using BotoSharp.Protocols.Typed.Reading;
using BotoSharp.Services.DynamoDB;
using BotoSharp.Tests.Protocols.Support;

namespace BotoSharp.Tests.Protocols.TypedReading;

/// <summary>
/// The JSON reader is strict: a truncated or malformed body, or a value of a JSON type the dictionary path would
/// read another way, makes it give up (the call then parses the same bytes the dictionary way), and it never hands
/// back a result for such a body. A sound body reads without giving up and equals the dictionary path.
/// </summary>
public sealed class TypedJsonReaderFaultTests
{
    private const string ItemBody = """{"Item":{"a":{"S":"x"},"b":{"L":[{"N":"1"},{"M":{"c":{"BOOL":true}}}]}},"ConsumedCapacity":{"TableName":"t","CapacityUnits":1}}""";

    private static readonly string FunctionBody = ("{'FunctionName':'f','Timeout':3,'MemorySize':128,'LastModified':'2026-01-02T03:04:05.000+0000','Layers':[{'Arn':'a','CodeSize':1}],"
        + "'Environment':{'Variables':{'K':'V'}},'Architectures':['x86_64'],'SnapStart':{'ApplyOn':'None','OptimizationStatus':'Off'}}").Replace('\'', '"');

    /// <summary>A sound body of each protocol, and every damaged form of it.</summary>
    public static IEnumerable<TestCaseData> Bodies() => new[]
    {
        new TestCaseData("dynamodb", "GetItem", ItemBody).SetName("json fault: dynamodb GetItem"),
        new TestCaseData("sqs", "ReceiveMessage", """{"Messages":[{"MessageId":"m","Body":"b","Attributes":{"SentTimestamp":"1"},"MessageAttributes":{"k":{"DataType":"Binary","BinaryValue":"AQI="}}}]}""")
            .SetName("json fault: sqs ReceiveMessage"),
        new TestCaseData("lambda", "GetFunctionConfiguration", FunctionBody).SetName("json fault: lambda GetFunctionConfiguration"),
        // Escaped member names, map keys and strings are unescaped by the reader's own rules, as the dictionary path does.
        new TestCaseData("dynamodb", "GetItem", """{"It\u0065m":{"a\"b":{"S":"caf\u00e9 \"q\" \ud83d\ude00"},"\u00fc":{"N":"1"}},"ConsumedCapacity":{"Table\u004eame":"t","CapacityUnits":2.5e0}}""")
            .SetName("json fault: escaped names, keys and strings"),
    };

    [TestCaseSource(nameof(Bodies))]
    public void ASoundBodyReadsTypedAndEveryDamagedFormMakesTheReaderGiveUp(string service, string operation, string body)
    {
        var (sound, fallback) = Read(service, operation, body);
        Assert.That(fallback, Is.Null, () => $"a sound body fell back: {fallback}");
        Assert.That(PlainValues.AreEqual(sound, Dictionary(service, operation, body), out var path), Is.True, () => $"differs at {path}");
        foreach (var damaged in TypedJsonPipelineTests.Damaged(body))
        {
            var (value, error) = Read(service, operation, damaged);
            Assert.That(error, Is.Not.Null, () => $"read {PlainValues.Describe(value)} from: {damaged}");
        }
    }

    [TestCase("""{"Item":[]}""", TestName = "json fault: a map given as an array")]
    [TestCase("""{"Item":{"a":{"S":1}}}""", TestName = "json fault: a string given as a number")]
    [TestCase("""{"Item":{"a":{"BOOL":"true"}}}""", TestName = "json fault: a boolean given as a string")]
    [TestCase("""{"Item":{"a":{"SS":"x"}}}""", TestName = "json fault: a list given as a string")]
    [TestCase("""{"ConsumedCapacity":"x"}""", TestName = "json fault: a structure given as a string")]
    [TestCase("""{"ConsumedCapacity":{"CapacityUnits":"lots"}}""", TestName = "json fault: a float given as text Python cannot read")]
    [TestCase("""{"ConsumedCapacity":{"CapacityUnits":true}}""", TestName = "json fault: a float given as a boolean")]
    [TestCase("""{"Item":{"a":{"B":"!!"}}}""", TestName = "json fault: a blob that is not base64")]
    [TestCase("""{"Item":{"a":{"S":"x"}},"Item":null}""", TestName = "json fault: a repeated key")]
    [TestCase("""[]""", TestName = "json fault: a top-level array")]
    [TestCase("""null""", TestName = "json fault: a top-level null")]
    [TestCase("""{"Item":{"a":{"S":"\uD800"}}}""", TestName = "json fault: a lone surrogate escape")]
    public void AValueOfTheWrongJsonTypeMakesTheReaderGiveUp(string body)
    {
        var (value, error) = Read("dynamodb", "GetItem", body);
        Assert.That(error, Is.Not.Null, () => $"read {PlainValues.Describe(value)}");
    }

    // SSM's ExecutionPreview is a union (its one member is Automation); DynamoDB's AttributeValue is not modeled as one.
    [TestCase("""{"ExecutionPreview":{"Automation":{},"Other":{}}}""", TestName = "json fault: a union with two members")]
    [TestCase("""{"ExecutionPreview":{}}""", TestName = "json fault: a union with no member")]
    [TestCase("""{"ExecutionPreview":{"Automation":null}}""", TestName = "json fault: a union whose only member is null")]
    [TestCase("""{"ExecutionPreview":{"Other":{}}}""", TestName = "json fault: a union member this model does not know")]
    public void AUnionWithoutExactlyOneKnownMemberMakesTheReaderGiveUp(string body)
    {
        var (value, error) = Read("ssm", "GetExecutionPreview", body);
        Assert.That(error, Is.Not.Null, () => $"read {PlainValues.Describe(value)}");
    }

    [Test]
    public void AUnionWithOneMemberReadsTypedAndTypeIsIgnored()
    {
        const string body = """{"ExecutionPreviewId":"p","ExecutionPreview":{"__type":"x","Automation":{"Regions":["us-east-1"],"TotalAccounts":2}}}""";
        var (typed, fallback) = Read("ssm", "GetExecutionPreview", body);
        Assert.That(fallback, Is.Null, () => $"fell back: {fallback}");
        Assert.That(PlainValues.AreEqual(typed, Dictionary("ssm", "GetExecutionPreview", body), out var path), Is.True, () => $"differs at {path}");
    }

    [Test]
    public void InvalidUtf8InsideAStringMakesTheReaderGiveUp()
    {
        var body = Encoding.UTF8.GetBytes("""{"Item":{"a":{"S":"xx"}}}""");
        body[Array.IndexOf(body, (byte)'x')] = 0xFF;
        var (output, operation, protocol) = TypedReadProbe.CompiledOperation("dynamodb", "GetItem");
        var (_, _, error) = TypedReadProbe.Typed(output, new ProtocolResponse(200, new HeaderCollection(), body), operation, protocol);
        Assert.That(error, Is.Not.Null);
    }

    [Test]
    public void NullsAreSkippedAndSparseItemsKeptAsTheDictionaryPathKeepsThem()
    {
        // A null item cannot be projected back through ToParameters, so the two outputs are compared member by member.
        const string body = """{"Item":{"a":{"L":[null,{"S":"x"},null]},"b":null,"c":{"SS":["y"],"N":null}},"ConsumedCapacity":null,"Unknown":{"x":[1,{"y":null}]}}""";
        var (_, operation, protocol) = TypedReadProbe.CompiledOperation("dynamodb", "GetItem");
        var typed = (GetItemOutput)TypedOutputReading.Read(Response(body), operation.OutputShape!, protocol, new ResponseMetadata(), null, ReadFrom<GetItemOutput>);
        var expected = FromParsed<GetItemOutput>(ProtocolFactory.CreateParser(protocol).Parse(Response(body), operation));

        // A null map value stays as a key with a null value; a null structure member is skipped.
        Assert.That(typed.Item!.Keys, Is.EqualTo(expected.Item!.Keys).And.EqualTo(new[] { "a", "b", "c" }));
        Assert.That((typed.Item["b"], expected.Item["b"]), Is.EqualTo(((AttributeValue?)null, (AttributeValue?)null)));
        Assert.That(typed.Item["a"].L!.Select(v => v?.S), Is.EqualTo(expected.Item["a"].L!.Select(v => v?.S)).And.EqualTo(new[] { null, "x", null }));
        Assert.That(typed.Item["c"].SS, Is.EqualTo(expected.Item["c"].SS).And.EqualTo(new[] { "y" }));
        Assert.That((typed.Item["c"].N, typed.ConsumedCapacity, expected.Item["c"].N, expected.ConsumedCapacity), Is.EqualTo(((string?)null, (ConsumedCapacity?)null, (string?)null, (ConsumedCapacity?)null)));
    }

    private static object ReadFrom<T>(IShapeReader reader)
        where T : IResponseShape<T> => T.ReadFrom(reader)!;

    private static T FromParsed<T>(Dictionary<string, object?> parsed)
        where T : IResponseShape<T> => T.FromParsed(parsed);

    private static (object? Value, Exception? Fallback) Read(string service, string operationName, string body)
    {
        var (output, operation, protocol) = TypedReadProbe.CompiledOperation(service, operationName);
        var (value, _, fallback) = TypedReadProbe.Typed(output, Response(body), operation, protocol);
        return (value, fallback);
    }

    private static object? Dictionary(string service, string operationName, string body)
    {
        var (output, operation, protocol) = TypedReadProbe.CompiledOperation(service, operationName);
        return TypedReadProbe.Dictionary(output, Response(body), operation, protocol).Projection;
    }

    private static ProtocolResponse Response(string body) => new(200, new HeaderCollection(), Encoding.UTF8.GetBytes(body));
}
