using BotoSharp.Tests.Support;
using BotoSharp.UserAgents;

namespace BotoSharp.Tests.UserAgents;

/// <summary>The platform facts of the User-Agent are what Python's <c>platform</c> module reports on this machine.</summary>
public class PlatformFactsDifferentialTests
{
    [Test]
    public void SystemReleaseAndMachineMatchPythonPlatform()
    {
        const string script = "import platform\nemit([platform.system(), platform.release(), platform.machine()])\n";
        var theirs = Botocore.Run(script)!.AsArray().Select(n => (string)n!).ToArray();
        Assert.That(PlatformFacts.System, Is.EqualTo(theirs[0]));
        Assert.That(PlatformFacts.Machine, Is.EqualTo(theirs[2]));
        // platform.release() is the kernel release; BotoSharp reads it on Linux and reports the OS version elsewhere.
        if (OperatingSystem.IsLinux())
        {
            Assert.That(PlatformFacts.Release, Is.EqualTo(theirs[1]));
        }
        else
        {
            Assert.That(PlatformFacts.Release, Is.EqualTo(Environment.OSVersion.Version.ToString()));
        }
    }
}
