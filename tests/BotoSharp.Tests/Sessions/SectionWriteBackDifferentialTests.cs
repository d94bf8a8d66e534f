using System.Text.Json.Nodes;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Sessions;

/// <summary>
/// botocore's section providers (<c>s3</c>, <c>proxies_config</c>) write their converted values into the profile's
/// own dictionary: the scoped config read before the first lookup shows the file's strings, read after it shows
/// booleans and environment overrides. Asked in both orders, against botocore 1.43.11.
/// </summary>
[NonParallelizable]
public class SectionWriteBackDifferentialTests
{
    private const string Config = "[default]\nregion = us-east-1\ns3 =\n  use_accelerate_endpoint = true\n  addressing_style = path\n"
        + "proxies_config =\n  proxy_use_forwarding_for_https = true\n";

    private const string Script = """
import os, copy, botocore.session
out = {}
for order in ('before', 'after'):
    os.environ.clear(); os.environ.update(INPUT)
    s = botocore.session.Session()
    seen = []
    if order == 'before':
        seen.append(copy.deepcopy(s.get_scoped_config()))
    s.create_client('s3')
    seen.append(copy.deepcopy(s.get_scoped_config()))
    seen.append(s.get_config_variable('proxies_config'))
    seen.append(copy.deepcopy(s.get_scoped_config()))
    out[order] = seen
emit(out)
""";

    [Test]
    public void The_scoped_config_shows_converted_section_values_after_a_lookup_as_in_botocore()
    {
        var folder = Directory.CreateTempSubdirectory("botosharp-section-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "config"), Config);
            var env = new Dictionary<string, string>
            {
                ["AWS_CONFIG_FILE"] = Path.Combine(folder.FullName, "config"),
                ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(folder.FullName, "credentials"),
                ["AWS_ACCESS_KEY_ID"] = "AK",
                ["AWS_SECRET_ACCESS_KEY"] = "SK",
                ["AWS_S3_USE_ARN_REGION"] = "true",
                ["AWS_EC2_METADATA_DISABLED"] = "true",
            };
            var expected = (JsonObject)Botocore.Run(Script, env)!;
            foreach (var order in new[] { "before", "after" })
            {
                var session = new Session(environment: env);
                var seen = new List<string>();
                if (order == "before")
                {
                    seen.Add(Botocore.ToJson(session.GetScopedConfig()));
                }
                session.CreateClient("s3");
                seen.Add(Botocore.ToJson(session.GetScopedConfig()));
                seen.Add(Botocore.ToJson(session.GetConfigVariable("proxies_config")));
                seen.Add(Botocore.ToJson(session.GetScopedConfig()));
                Assert.That(seen, Is.EqualTo(expected[order]!.AsArray().Select(Botocore.Normalize)), order);
            }
            var after = (IReadOnlyDictionary<string, object?>)new Session(environment: env).GetScopedConfig()["s3"]!;
            Assert.That(after["use_accelerate_endpoint"], Is.EqualTo("true"), "untouched before any lookup");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
