using System.Globalization;
using BotoSharp.JmesPath;
using BotoSharp.Protocols;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.JmesPath;

/// <summary>
/// Randomized differential against python's <c>jmespath</c> (what botocore uses): seeded expressions over seeded
/// documents, compared as <c>json.dumps</c> text (so int/float and key order count) or as the error class.
/// <c>BOTOSHARP_JMESPATH_SEED</c> / <c>BOTOSHARP_JMESPATH_COUNT</c> explore further.
/// </summary>
[TestFixture]
public sealed class JmesPathDifferentialTests
{
    private const string Script =
        "import jmespath\n" +
        "out = []\n" +
        "for case in INPUT:\n" +
        "    try:\n" +
        "        value = jmespath.search(case['e'], json.loads(case['d']))\n" +
        "        out.append({'ok': json.dumps(value)})\n" +
        "    except Exception as e:\n" +
        "        out.append({'error': type(e).__name__})\n" +
        "emit(out)\n";

    /// <summary>Each seed's cases agree with python jmespath, results and error classes alike.</summary>
    [TestCase(1, 1500)]
    [TestCase(2, 1500)]
    [TestCase(3, 1500)]
    public void Random_expressions_agree_with_python_jmespath(int seed, int count)
    {
        seed = int.TryParse(Environment.GetEnvironmentVariable("BOTOSHARP_JMESPATH_SEED"), CultureInfo.InvariantCulture, out var s) ? s : seed;
        count = int.TryParse(Environment.GetEnvironmentVariable("BOTOSHARP_JMESPATH_COUNT"), CultureInfo.InvariantCulture, out var c) ? c : count;
        var generator = new RandomExpressions(seed);
        var cases = Enumerable.Range(0, count)
            .Select(_ => (Expression: generator.Expression(), Document: PythonJsonWriter.Serialize(generator.Document())))
            .ToList();
        var python = Botocore.Run(Script, cases.Select(x => new Dictionary<string, string> { ["e"] = x.Expression, ["d"] = x.Document }).ToList())!.AsArray();

        var mismatches = new List<string>();
        int errors = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            var ours = Evaluate(cases[i].Expression, cases[i].Document);
            var theirs = python[i]!["ok"] is { } ok ? "ok " + ok.GetValue<string>() : "error " + python[i]!["error"]!.GetValue<string>();
            errors += theirs.StartsWith("error", StringComparison.Ordinal) ? 1 : 0;
            if (ours != theirs)
            {
                mismatches.Add($"{cases[i].Expression}  over {cases[i].Document}: ours {ours}, python {theirs}");
            }
        }
        TestContext.Out.WriteLine($"seed {seed}: {cases.Count - mismatches.Count}/{cases.Count} agree ({errors} are errors in python)");
        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches.Take(20)));
    }

    private static string Evaluate(string expression, string document)
    {
        try
        {
            var result = JmesPathExpression.Search(expression, PlainValues.FromJson(System.Text.Json.Nodes.JsonNode.Parse(document)));
            return "ok " + PythonJsonWriter.Serialize(result);
        }
        catch (JmesPathError e)
        {
            return "error " + e.PythonClass;
        }
        catch (Errors.SerializationError)
        {
            return "error TypeError";
        }
    }
}
