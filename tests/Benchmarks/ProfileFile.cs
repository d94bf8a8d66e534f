using System.Globalization;
using System.Text;

namespace Benchmarks;

/// <summary>Writes the 500-profile config file the session benchmarks parse (the same file botocore parses).</summary>
public static class ProfileFile
{
    private static readonly Lazy<string> s_path = new(Write);

    /// <summary>The file's path (written once per process).</summary>
    public static string Path => s_path.Value;

    private static string Write()
    {
        var text = new StringBuilder("[default]\nregion = us-east-1\noutput = json\n\n");
        for (var i = 0; i < 500; i++)
        {
            var n = i.ToString("D3", CultureInfo.InvariantCulture);
            text.Append("[profile team-").Append(n).Append("]\n")
                .Append("region = ").Append(i % 2 == 0 ? "us-west-2" : "eu-west-1").Append('\n')
                .Append("role_arn = arn:aws:iam::1234567890").Append(n[..2]).Append(":role/deploy-").Append(n).Append('\n')
                .Append("source_profile = default\n")
                .Append("retry_mode = standard\nmax_attempts = 5\n")
                .Append("s3 =\n    addressing_style = virtual\n    max_concurrent_requests = 20\n\n");
        }
        var path = System.IO.Path.Combine(Directory.CreateTempSubdirectory("botosharp-bench-profiles-").FullName, "config");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
