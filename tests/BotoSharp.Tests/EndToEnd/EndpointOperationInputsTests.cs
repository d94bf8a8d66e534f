using BotoSharp.Tests.Endpoints;

namespace BotoSharp.Tests.EndToEnd;

/// <summary>
/// The 568 <c>operationInputs</c> (of 468 cases) of the endpoint test files, run end to end through the generated typed clients
/// (issue 4, item 2). Each input is first run with its builtins expressed only as client configuration; an input whose
/// builtins no configuration can produce (a custom endpoint together with FIPS, say) is then run the way botocore's own
/// runner runs every input, with the builtins overwritten in <c>before-endpoint-resolution</c>.
/// </summary>
[TestFixture]
public sealed class EndpointOperationInputsTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        EndpointOperationCase.LoadAll().Select(c => new TestCaseData(c).SetName(Sanitize(c.Name)));

    [TestCaseSource(nameof(Cases))]
    public void The_typed_client_call_reaches_the_expected_endpoint_or_error(EndpointOperationCase testCase)
    {
        var result = EndpointOperationResult.Evaluate(testCase);
        if (testCase.HasBucketNameBotocoreRejects)
        {
            // botocore's validate_bucket_name row raises before endpoint resolution; so must ours.
            Assert.That(result.Failure, Does.Contain("ParamValidationError: Parameter validation failed:\nInvalid bucket name"));
            return;
        }
        if (testCase.NeedsCrtBeforeEndpointResolution)
        {
            Assert.That(result.Failure, Does.Contain("actual:   MissingDependencyException"));
            return;
        }
        if (result.ConfigFailure is not null && result.Failure is null)
        {
            TestContext.Out.WriteLine($"passes only with the builtins overwritten (as botocore's runner); from configuration: {result.ConfigFailure}");
        }
        Assert.That(result.Failure, Is.Null, result.Failure);
    }

    [Test]
    public void Every_operation_input_botocore_runs_passes_and_the_totals_are_printed_per_service()
    {
        var failures = new List<string>();
        foreach (var service in EndpointOperationCase.Services)
        {
            int total = 0, skipped = 0, passed = 0, fromConfig = 0;
            foreach (var testCase in EndpointOperationCase.Load(service))
            {
                total++;
                if (testCase.HasBucketNameBotocoreRejects || testCase.NeedsCrtBeforeEndpointResolution)
                {
                    skipped++;
                    continue;
                }
                var result = EndpointOperationResult.Evaluate(testCase);
                if (result.Failure is null)
                {
                    passed++;
                    fromConfig += result.ConfigFailure is null ? 1 : 0;
                }
                else
                {
                    failures.Add($"{testCase.Name}: {result.Failure}");
                }
            }
            TestContext.Out.WriteLine(
                $"{service}: {passed}/{total - skipped} passed ({fromConfig} with builtins from configuration alone), {skipped} raise before endpoint resolution as in botocore (checked by the per-input test)");
        }
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(20)));
    }

    [Test]
    public void The_files_carry_468_cases_with_568_operation_inputs_across_six_services()
    {
        var all = EndpointOperationCase.LoadAll().ToList();
        var cases = all.GroupBy(c => c.Service).ToDictionary(g => g.Key, g => g.Select(c => c.CaseIndex).Distinct().Count());
        Assert.That(cases, Is.EqualTo(new Dictionary<string, int>
        {
            ["s3"] = 215, ["dynamodb"] = 145, ["s3control"] = 87, ["sts"] = 18, ["kinesis"] = 2, ["events"] = 1,
        }));
        Assert.That(all, Has.Count.EqualTo(568), "s3control's 87 cases carry 187 inputs; every other case carries one");
    }

    // NUnit treats '(' and '.' in names as structure in some runners; keep the documentation readable but plain.
    private static string Sanitize(string name) => name.Replace('(', '[').Replace(')', ']');
}
