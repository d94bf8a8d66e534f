using System.Reflection;
using BotoSharp.Clients;
using BotoSharp.Tests.Differential.Randomized;

namespace BotoSharp.Tests.Differential.TypedPath;

/// <summary>
/// The typed fast path sends exactly what the dictionary path sends: for every operation of the fifteen services this
/// project compiles, seeded random inputs (every required member, about half the optional ones) are built as typed
/// requests and sent both ways; method, URL, headers (signature included) and body must be identical, and an input
/// either path refuses must be refused by both with the same error.
/// </summary>
[TestFixture]
public sealed class TypedRequestDifferentialTests
{
    private const int Seeds = 2;

    private static readonly string[] s_services =
        ["s3", "dynamodb", "sqs", "sts", "ec2", "iam", "sns", "lambda", "kinesis", "secretsmanager", "ssm", "kms", "cloudwatch", "s3control", "events"];

    private static IEnumerable<TestCaseData> Services() => s_services.Select(s => new TestCaseData(s).SetName($"Typed and dictionary requests agree for {s}"));

    [TestCaseSource(nameof(Services))]
    public async Task TypedAndDictionaryRequestsAgree(string service)
    {
        var capture = new TypedPathCapture();
        var model = capture.Client(service, dictionaryPath: false).Meta.ServiceModel;
        var compared = 0;
        var stayedTyped = 0;
        var disagreements = new List<string>();
        foreach (var operationName in model.OperationNames.Order(StringComparer.Ordinal))
        {
            var operation = model.OperationModel(operationName);
            var inputType = InputType(capture.Client(service, false), operationName);
            for (var seed = 0; seed < Seeds; seed++)
            {
                var parameters = new RandomParameters(new Random(unchecked(StableHash(service + operationName) * 31 + seed))).For(operation);
                Func<IRequestShape?> build = () => inputType is null ? null : Typed(inputType, parameters);
                var (typed, typedUsedDictionary) = await capture.RunAsync(service, operationName, build, dictionaryPath: false);
                var (dictionary, _) = await capture.RunAsync(service, operationName, build, dictionaryPath: true);
                compared++;
                stayedTyped += typedUsedDictionary ? 0 : 1;
                if (typed != dictionary)
                {
                    disagreements.Add($"{service}.{operationName} seed {seed}\n--- typed\n{typed}--- dictionary\n{dictionary}");
                }
            }
        }
        TestContext.Out.WriteLine($"{service}: {compared} requests, {compared - disagreements.Count} agree, {stayedTyped} sent on the typed path");
        Assert.That(disagreements, Is.Empty, string.Join("\n", disagreements.Take(5)));
        // Most calls stay typed; the rest fell back because a builtin row changed a parameter or the model needs it.
        Assert.That(stayedTyped, Is.GreaterThan(compared / 2), "the typed path was hardly taken");
    }

    private static Type? InputType(BaseClient client, string operation)
    {
        var method = client.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == operation + "Async")
            .OrderByDescending(m => m.GetParameters().Length)
            .First();
        var parameters = method.GetParameters();
        return parameters.Length == 2 ? parameters[0].ParameterType : null;
    }

    // The generated FromParsed builds the typed request from the same dictionary a boto3 user would pass.
    private static IRequestShape Typed(Type type, Dictionary<string, object?> parameters)
    {
        var read = typeof(ShapeValues).GetMethod(nameof(ShapeValues.ReadStructure))!.MakeGenericMethod(type);
        return (IRequestShape)read.Invoke(null, [parameters])!;
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked(hash * 31 + c);
        }
        return hash;
    }
}
