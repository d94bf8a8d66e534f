using BotoSharp.Tests.Support;
using BotoSharp.UserAgents;

namespace BotoSharp.Tests.UserAgents;

/// <summary>The platform facts of the User-Agent are what Python's <c>platform</c> module reports on this machine.</summary>
public class PlatformFactsDifferentialTests
{
    [Test]
    public void SystemReleaseAndMachineMatchPythonPlatform()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("platform.release() is the kernel release only on Linux; elsewhere BotoSharp reports the OS version");
        }
        const string script = "import platform\nemit([platform.system(), platform.release(), platform.machine()])\n";
        var theirs = Botocore.Run(script)!.AsArray().Select(n => (string)n!).ToArray();
        Assert.That(new[] { PlatformFacts.System, PlatformFacts.Release, PlatformFacts.Machine }, Is.EqualTo(theirs));
    }
}
