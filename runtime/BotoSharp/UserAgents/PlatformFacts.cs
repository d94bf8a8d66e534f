using System.Runtime.InteropServices;

namespace BotoSharp.UserAgents;

/// <summary>This machine as Python's <c>platform</c> module describes it (<c>system</c>, <c>release</c>, <c>machine</c>).</summary>
internal static class PlatformFacts
{
    /// <summary><c>platform.system()</c>: <c>Linux</c>, <c>Darwin</c>, <c>Windows</c>, or the OS description's first word.</summary>
    public static string System { get; } =
        OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsMacOS() ? "Darwin" : OperatingSystem.IsWindows() ? "Windows"
        : RuntimeInformation.OSDescription.Split(' ')[0];

    /// <summary><c>platform.release()</c>: the kernel release on Linux, the OS version elsewhere.</summary>
    public static string Release { get; } = ReadRelease();

    /// <summary><c>platform.machine()</c>: <c>x86_64</c>/<c>aarch64</c> on Linux, <c>x86_64</c>/<c>arm64</c> on macOS, <c>AMD64</c>/<c>ARM64</c> on Windows.</summary>
    public static string Machine { get; } = RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => OperatingSystem.IsWindows() ? "AMD64" : "x86_64",
        Architecture.Arm64 => OperatingSystem.IsLinux() ? "aarch64" : OperatingSystem.IsWindows() ? "ARM64" : "arm64",
        Architecture.X86 => OperatingSystem.IsWindows() ? "x86" : "i686",
        var other => other.ToString().ToLowerInvariant(),
    };

    /// <summary>The .NET runtime version (<c>Environment.Version</c>), formatted once.</summary>
    public static string RuntimeVersion { get; } = global::System.Environment.Version.ToString();

    private static string ReadRelease()
    {
        try
        {
            if (OperatingSystem.IsLinux() && ReadKernelRelease() is { Length: > 0 } release)
            {
                return release;
            }
        }
        catch (IOException)
        {
            // Fall back to the version .NET reports.
        }
        catch (UnauthorizedAccessException)
        {
            // As above: a sandbox may hide /proc.
        }
        return global::System.Environment.OSVersion.Version.ToString();
    }

    // uname's release, as Python's platform.release() reports it. Read with one handle and one read: a FileStream and
    // a StreamReader (or OSDescription, which also reads /etc/os-release) cost a cold process several milliseconds
    // of first-use code for these few bytes.
    // A missing file (no /proc) is the IOException the caller falls back on: no separate existence probe.
    private static string ReadKernelRelease()
    {
        using var handle = File.OpenHandle("/proc/sys/kernel/osrelease");
        Span<byte> buffer = stackalloc byte[256];
        var length = RandomAccess.Read(handle, buffer, 0);
        return global::System.Text.Encoding.UTF8.GetString(buffer[..length]).Trim();
    }
}
