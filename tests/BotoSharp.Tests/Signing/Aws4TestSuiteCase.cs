using System.Text;
using BotoSharp.Http;

namespace BotoSharp.Tests.Signing;

/// <summary>
/// One folder of the SigV4 test suite, turned into a request the way botocore's runner does it: the raw request is
/// parsed like an HTTP server would, its query is decoded into a dictionary (last value wins, blank values dropped)
/// and re-encoded, and <c>https://</c> + Host header + path becomes the URL.
/// </summary>
public sealed class Aws4TestSuiteCase
{
    private Aws4TestSuiteCase(string name, string directory)
    {
        Name = name;
        var stem = Path.Combine(directory, Path.GetFileName(directory));
        RawRequest = File.ReadAllText(stem + ".req", Encoding.UTF8);
        ExpectedCanonicalRequest = File.ReadAllText(stem + ".creq", Encoding.UTF8);
        ExpectedStringToSign = File.ReadAllText(stem + ".sts", Encoding.UTF8);
        ExpectedAuthorization = File.ReadAllText(stem + ".authz", Encoding.UTF8);
    }

    public string Name { get; }

    public string RawRequest { get; }

    public string ExpectedCanonicalRequest { get; }

    public string ExpectedStringToSign { get; }

    public string ExpectedAuthorization { get; }

    /// <summary>botocore's runner gives the credentials a token only when the canonical request signs one.</summary>
    public string? Token
    {
        get
        {
            foreach (var line in ExpectedCanonicalRequest.Split('\n'))
            {
                if (line.StartsWith("x-amz-security-token:", StringComparison.Ordinal))
                {
                    return line["x-amz-security-token:".Length..];
                }
            }
            return null;
        }
    }

    public override string ToString() => Name;

    /// <summary>Every case folder under <paramref name="root"/>, named by its path relative to the root.</summary>
    public static IEnumerable<Aws4TestSuiteCase> Load(string root)
    {
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderBy(d => d, StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(dir, Path.GetFileName(dir) + ".req")))
            {
                yield return new Aws4TestSuiteCase(Path.GetRelativePath(root, dir).Replace('\\', '/'), dir);
            }
        }
    }

    /// <summary>Builds the request botocore's runner would build.</summary>
    public AwsRequest ToRequest()
    {
        var text = RawRequest.Replace("\r\n", "\n");
        var headerEnd = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = headerEnd >= 0 ? text[..headerEnd] : text;
        var body = headerEnd >= 0 ? text[(headerEnd + 2)..] : string.Empty;
        var lines = head.Split('\n');
        var requestLine = lines[0].Split(' ');
        var method = requestLine[0];
        var target = string.Join(' ', requestLine[1..^1]);
        var headers = new List<(string Name, string Value)>();
        foreach (var line in lines.Skip(1))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && headers.Count > 0)
            {
                var last = headers[^1];
                headers[^1] = (last.Name, last.Value + "\n" + line);
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }
            headers.Add((line[..colon], line[(colon + 1)..].TrimStart()));
        }
        var host = headers.FirstOrDefault(h => h.Name.Equals("host", StringComparison.OrdinalIgnoreCase)).Value ?? string.Empty;
        var url = "https://" + host + target;
        var question = target.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            var query = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in AwsUriEncoding.ParseQuery(target[(question + 1)..]))
            {
                if (value.Length > 0)
                {
                    query[key] = value;
                }
            }
            url = "https://" + host + AwsUriEncoding.Quote(target[..question], "/~%") + "?" + AwsUriEncoding.PercentEncodeSequence(query);
        }
        var request = new AwsRequest(method, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }
        request.SetBody(Encoding.UTF8.GetBytes(body));
        return request;
    }
}
