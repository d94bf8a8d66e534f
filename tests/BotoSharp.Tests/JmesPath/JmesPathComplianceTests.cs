using System.Text.Json.Nodes;
using BotoSharp.JmesPath;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.JmesPath;

/// <summary>
/// The official JMESPath compliance suite (<c>../shared/conformance/jmespath</c>, 908 cases): each expression gives
/// the expected result, or the error kind mapped to the python jmespath class botocore would see.
/// </summary>
[TestFixture]
public sealed class JmesPathComplianceTests
{
    private const int ExpectedCaseCount = 908;

    private static string Folder => Path.Combine(RepoPaths.Conformance, "jmespath");

    /// <summary>Every case, named "file #group.case: expression".</summary>
    public static IEnumerable<TestCaseData> Cases() =>
        AllCases().Select(c => new TestCaseData(c.Given, c.Case)
            .SetName($"{c.File} #{c.Group}.{c.Index}: {Printable(c.Case["expression"]!.GetValue<string>())}"));

    /// <summary>A compliance case evaluates to its expected result or error.</summary>
    [TestCaseSource(nameof(Cases))]
    public void The_compliance_case_gives_its_expected_result_or_error(JsonNode? given, JsonObject testCase)
    {
        var failure = Check(given, testCase);
        Assert.That(failure, Is.Null, failure);
    }

    /// <summary>All 908 cases exist and pass; prints the tally.</summary>
    [Test]
    public void Every_compliance_case_passes_and_the_tally_is_printed()
    {
        var cases = AllCases().ToList();
        int passed = cases.Count(c => Check(c.Given, c.Case) is null);
        TestContext.Out.WriteLine($"jmespath compliance passed {passed}/{cases.Count}");
        Assert.Multiple(() =>
        {
            Assert.That(cases, Has.Count.EqualTo(ExpectedCaseCount));
            Assert.That(passed, Is.EqualTo(cases.Count));
        });
    }

    private static string? Check(JsonNode? given, JsonObject testCase)
    {
        var expression = testCase["expression"]!.GetValue<string>();
        var expectedError = testCase["error"]?.GetValue<string>();
        // Benchmark cases carry no expectation: they must evaluate without an error, as they do in python.
        bool benchmarkOnly = expectedError is null && !testCase.ContainsKey("result");
        object? result;
        try
        {
            result = JmesPathExpression.Search(expression, PlainValues.FromJson(given));
        }
        catch (JmesPathError e)
        {
            if (expectedError is null)
            {
                return $"{expression}: unexpected {e.PythonClass}: {e.Message}";
            }
            return ErrorMatches(expectedError, e) ? null : $"{expression}: expected {expectedError}, got {e.PythonClass}";
        }
        if (expectedError is not null)
        {
            return $"{expression}: expected error {expectedError}, got {Botocore.ToJson(result)}";
        }
        if (benchmarkOnly)
        {
            return null;
        }
        var expected = PlainValues.FromJson(testCase["result"]);
        return PlainValues.StrictEquals(expected, result) ? null
            : $"{expression}: expected {testCase["result"]?.ToJsonString() ?? "null"}, got {Botocore.ToJson(result)}";
    }

    private static bool ErrorMatches(string kind, JmesPathError error) => kind switch
    {
        "syntax" => error.IsSyntaxError,
        "invalid-type" => error.PythonClass == "JMESPathTypeError",
        "invalid-value" => error.PythonClass == "ValueError",
        "invalid-arity" => error.PythonClass is "ArityError" or "VariadictArityError",
        "unknown-function" => error.PythonClass == "UnknownFunctionError",
        _ => false,
    };

    private static IEnumerable<(string File, int Group, int Index, JsonNode? Given, JsonObject Case)> AllCases()
    {
        foreach (var path in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileNameWithoutExtension(path);
            var groups = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
            for (int g = 0; g < groups.Count; g++)
            {
                var cases = groups[g]!["cases"]!.AsArray();
                for (int i = 0; i < cases.Count; i++)
                {
                    yield return (file, g, i, groups[g]!["given"], cases[i]!.AsObject());
                }
            }
        }
    }

    private static string Printable(string expression) =>
        string.Concat(expression.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
