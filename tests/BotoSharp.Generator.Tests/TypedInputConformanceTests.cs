using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using BotoSharp.Clients;
using BotoSharp.Generator.Tests.Support;
using BotoSharp.Loading;
using BotoSharp.Models;
using BotoSharp.Protocols;
using BotoSharp.Protocols.Typed.Writing;
using BotoSharp.Tests.Protocols.Support;
using BotoSharp.Tests.Protocols.XmlConformance;

namespace BotoSharp.Generator.Tests;

/// <summary>
/// botocore's input conformance cases on the typed path: each suite of a protocol file becomes a tiny service (its
/// shapes, one operation per case), generated and compiled in memory; each case's <c>params</c> become the generated
/// typed request (through its <c>FromParsed</c>, as a user's object initializer would set the same members), which
/// the typed serializer writes from the captured top level exactly as a typed call does; the request (method, URI,
/// headers, host, body) must be the case's expected request, with the allowances of the dictionary path's runner.
/// </summary>
public sealed class TypedInputConformanceTests
{
    private static readonly string[] s_files =
    {
        "json", "json_1_0", "json_1_0-query-compatible", "rest-json", "rest-xml", "query", "ec2",
        "smithy-rpc-v2-cbor", "smithy-rpc-v2-cbor-query-compatible", "smithy-rpc-v2-cbor-non-query-compatible",
    };

    /// <summary>Every protocol file, current and legacy.</summary>
    public static IEnumerable<TestCaseData> Files() =>
        from file in s_files
        from legacy in new[] { false, true }
        where ProtocolTestLoader.Load(file, "input").Any(c => c.Legacy == legacy)
        select new TestCaseData(file, legacy).SetName($"typed input conformance: {file}{(legacy ? " legacy" : string.Empty)}");

    [TestCaseSource(nameof(Files))]
    public void EveryInputCaseIsSerializedOnTheTypedPathAsBotocoreExpects(string file, bool legacy)
    {
        var cases = ProtocolTestLoader.Load(file, "input").Where(c => c.Legacy == legacy).ToList();
        var assembly = TypedConformanceServices.Compile(cases, "confin" + file + (legacy ? "legacy" : string.Empty));
        var (typed, fellBack, unrepresentable, problems) = (0, new List<string>(), new List<string>(), new List<string>());
        foreach (var testCase in cases)
        {
            var client = CompiledModelRegistry.Find(TypedConformanceServices.ServiceName(testCase, "confin" + file + (legacy ? "legacy" : string.Empty)))!.ClientType;
            var outcome = RunCase(testCase, client);
            switch (outcome.Kind)
            {
                case Outcome.Typed:
                    typed++;
                    break;
                case Outcome.FellBack:
                    fellBack.Add($"{testCase}: {outcome.Detail}");
                    break;
                case Outcome.Unrepresentable:
                    unrepresentable.Add($"{testCase}: {outcome.Detail}");
                    break;
                default:
                    problems.Add($"{testCase}: {outcome.Detail}");
                    break;
            }
        }
        TestContext.Out.WriteLine($"{file}{(legacy ? " legacy" : string.Empty)}: {cases.Count} cases, {typed} serialized typed as expected, "
            + $"{fellBack.Count} fell back to the dictionary serializer, {unrepresentable.Count} not representable as a typed request");
        foreach (var line in fellBack)
        {
            TestContext.Out.WriteLine("  fallback " + line);
        }
        foreach (var line in unrepresentable)
        {
            TestContext.Out.WriteLine("  not representable " + line);
        }
        Assert.That(problems, Is.Empty);
        Assert.That(typed, Is.GreaterThan(0), "no case ran on the typed path");
        GC.KeepAlive(assembly);
    }

    private enum Outcome
    {
        Typed,
        FellBack,
        Unrepresentable,
        Problem,
    }

    private static (Outcome Kind, string? Detail) RunCase(ProtocolTestCase testCase, Type client)
    {
        var operation = testCase.BuildOperationModel();
        var request = TypedRequest(client, testCase);
        var serializer = TypedSerializers.For(testCase.MetadataProtocol, TimestampPrecision.Default)
            ?? throw new InvalidOperationException($"no typed serializer for {testCase.MetadataProtocol}");
        SerializedRequest? serialized;
        try
        {
            serialized = serializer.TrySerialize(request, TopLevelParameterCapture.Capture(request), operation);
        }
        catch (Exception e)
        {
            return (Outcome.Problem, $"typed serializer threw {e.GetType().Name}: {e.Message}");
        }
        if (serialized is null)
        {
            return (Outcome.FellBack, "a located member the captured top level cannot hold");
        }
        var comparer = BodyComparer(testCase.MetadataProtocol);
        if (ConformanceRunner.CompareRequest(testCase, serialized, operation, comparer) is not { } problem)
        {
            return (Outcome.Typed, null);
        }
        // The typed object may not hold what the case gives (a null list element, say): then the dictionary serializer
        // of its ToParameters() misses the expected request too, and the typed path must still send exactly its bytes.
        var dictionary = ProtocolFactory.CreateSerializer(testCase.MetadataProtocol, includeValidation: false).Serialize(request.ToParameters(), operation);
        if (ConformanceRunner.CompareRequest(testCase, dictionary, operation, comparer) is null)
        {
            return (Outcome.Problem, problem);
        }
        return SerializedRequests.Describe(serialized) == SerializedRequests.Describe(dictionary)
            ? (Outcome.Unrepresentable, problem)
            : (Outcome.Problem, $"typed and dictionary serializations of the typed request differ:\n--- typed\n{SerializedRequests.Describe(serialized)}--- dictionary\n{SerializedRequests.Describe(dictionary)}");
    }

    // The generated request type of the case's operation, built from its params by the generated FromParsed.
    private static IRequestShape TypedRequest(Type client, ProtocolTestCase testCase)
    {
        var method = client.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == $"Op{testCase.CaseIndex}Async")
            .OrderByDescending(m => m.GetParameters().Length)
            .First();
        var parameters = method.GetParameters();
        if (parameters.Length < 2)
        {
            return EmptyRequest.Instance;
        }
        var read = typeof(ShapeValues).GetMethod(nameof(ShapeValues.ReadStructure))!.MakeGenericMethod(parameters[0].ParameterType);
        return (IRequestShape)read.Invoke(null, [ConformanceRunner.InputParameters(testCase)])!;
    }

    private static ConformanceRunner.BodyComparer BodyComparer(string protocol) => protocol switch
    {
        "rest-xml" => XmlBodyComparer.Canonical,
        "query" or "ec2" => BodyComparers.Exact,
        "rest-json" => BodyComparers.RestJson,
        "smithy-rpc-v2-cbor" => BodyComparers.Cbor,
        _ => BodyComparers.Json,
    };
}
