using BotoSharp.OracleTools;

namespace BotoSharp.Tests.Support;

/// <summary>The decisions of the python oracle's set-up, checked without a network or a new virtual environment.</summary>
public sealed class PythonOracleSetupTests
{
    private static readonly IReadOnlyList<PythonRequirement> s_pinned = PythonRequirement.ParseFile(
        File.ReadAllText(Path.Combine(RepoPaths.Root, "requirements.txt")));

    [Test]
    public void RequirementsPinBotocoreBoto3AndMotoServer()
    {
        Assert.That(s_pinned.Select(r => r.ToString()), Is.EqualTo(new[] { "botocore==1.43.11", "boto3==1.43.11", "moto[server]==5.2.1" }));
    }

    [Test]
    public void AnUnpinnedLineIsRefused()
    {
        Assert.Throws<FormatException>(() => PythonRequirement.ParseFile("botocore>=1.43\n"));
    }

    [Test]
    public void MatchingVersionsNeedNothing()
    {
        var installed = new Dictionary<string, string?> { ["botocore"] = "1.43.11", ["boto3"] = "1.43.11", ["moto"] = "5.2.1", ["moto[server]"] = "ok" };
        Assert.That(PythonRequirement.Unmet(s_pinned, installed), Is.Empty);
    }

    [Test]
    public void AnotherVersionAMissingPackageAndAMissingExtraAreEachReported()
    {
        var installed = new Dictionary<string, string?> { ["botocore"] = "1.40.0", ["boto3"] = null, ["moto"] = "5.2.1", ["moto[server]"] = null };
        Assert.That(PythonRequirement.Unmet(s_pinned, installed), Is.EqualTo(new[]
        {
            "botocore 1.40.0 is installed (1.43.11 needed)",
            "boto3 is not installed (1.43.11 needed)",
            "moto[server] is missing some of its dependencies",
        }));
    }

    [Test]
    public void TheVirtualEnvironmentIsCreatedInTheRepositoryThenFilledFromTheRequirements()
    {
        var plan = new VirtualEnvironmentPlan("/repo", "python3", OnWindows: false);
        Assert.That(plan.Commands.Select(VirtualEnvironmentPlan.Display), Is.EqualTo(new[]
        {
            "python3 -m venv /repo/.venv",
            "/repo/.venv/bin/python -m pip install --disable-pip-version-check -r /repo/requirements.txt",
        }));
        Assert.That(new VirtualEnvironmentPlan("/repo", "python3", OnWindows: true).Interpreter, Is.EqualTo(Path.Combine("/repo/.venv", "Scripts", "python.exe")));
    }

    [Test]
    public void TheProgressMessageSaysWhyAndWhere()
    {
        var plan = new VirtualEnvironmentPlan("/repo", "python3", OnWindows: false);
        Assert.That(plan.ProgressMessage(["boto3 is not installed (1.43.11 needed)"]), Is.EqualTo(
            "BotoSharp: python3 is not the pinned oracle (boto3 is not installed (1.43.11 needed)); creating /repo/.venv and " +
            "installing /repo/requirements.txt into it (first time only, reused afterwards)..."));
    }

    [Test]
    public void AFailedInstallNamesTheCommandsToRun()
    {
        var plan = new VirtualEnvironmentPlan("/repo", "python3", OnWindows: false);
        string message = plan.FailureMessage("/repo/.venv/bin/python -m pip install -r /repo/requirements.txt", 1, "ERROR: Could not find a version that satisfies the requirement botocore==1.43.11\n");
        Assert.That(message, Does.StartWith("Setting up the python oracle failed: '/repo/.venv/bin/python -m pip install -r /repo/requirements.txt' exited with 1. "));
        Assert.That(message, Does.Contain("'python3 -m venv /repo/.venv && /repo/.venv/bin/python -m pip install -r /repo/requirements.txt'"));
        Assert.That(message, Does.Contain("'python3 -m pip install -r /repo/requirements.txt'"));
        Assert.That(message, Does.EndWith("Could not find a version that satisfies the requirement botocore==1.43.11"));
    }

    [Test]
    public void Python3WithThePinnedVersionsIsUsedAsIs()
    {
        var probe = OracleProbe.Run("python3", s_pinned);
        var unmet = probe is { } found ? PythonRequirement.Unmet(s_pinned, found.Installed) : ["python3 could not be run"];
        if (unmet.Count != 0)
        {
            Assert.Ignore("This python3 is not the pinned oracle (" + string.Join("; ", unmet) + "), so the .venv/ path is in use here.");
        }
        Assert.That(OracleEnvironment.Interpreter, Is.EqualTo(probe!.Value.Executable));
    }
}
