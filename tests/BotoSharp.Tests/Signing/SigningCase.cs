using System.Text;
using System.Text.Json.Nodes;
using BotoSharp.Http;
using BotoSharp.Http.Checksums;

namespace BotoSharp.Tests.Signing;

/// <summary>One request to sign with both botocore and BotoSharp.</summary>
public sealed record SigningCase(string Name, string Signer, string Method, string Url)
{
    public string Service { get; init; } = "service";

    public string Region { get; init; } = "us-east-1";

    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = Array.Empty<(string, string)>();

    public string Body { get; init; } = string.Empty;

    public string? Token { get; init; }

    public int Expires { get; init; } = 3600;

    public bool? PayloadSigningEnabled { get; init; }

    public bool HasStreamingInput { get; init; }

    public string? ChecksumHeader { get; init; }

    public bool ChecksumTrailer { get; init; }

    public long Epoch { get; init; } = 1440938160;

    public override string ToString() => Name;

    public JsonObject ToJson()
    {
        var context = new JsonObject();
        if (PayloadSigningEnabled is { } enabled)
        {
            context["payload_signing_enabled"] = enabled;
        }
        if (HasStreamingInput)
        {
            context["has_streaming_input"] = true;
        }
        var json = new JsonObject
        {
            ["signer"] = Signer, ["service"] = Service, ["region"] = Region, ["method"] = Method, ["url"] = Url,
            ["headers"] = new JsonArray(Headers.Select(h => (JsonNode)new JsonArray(h.Name, h.Value)).ToArray()),
            ["body"] = Body, ["context"] = context, ["token"] = Token, ["expires"] = Expires, ["epoch"] = Epoch,
            ["checksum_trailer"] = ChecksumTrailer,
        };
        if (ChecksumHeader is not null)
        {
            json["checksum_header"] = ChecksumHeader;
        }
        return json;
    }

    public AwsRequest ToRequest()
    {
        var request = new AwsRequest(Method, Url);
        foreach (var (name, value) in Headers)
        {
            request.Headers.Add(name, value);
        }
        request.SetBody(Encoding.UTF8.GetBytes(Body));
        if (PayloadSigningEnabled is { } enabled)
        {
            request.Context["payload_signing_enabled"] = enabled;
        }
        if (HasStreamingInput)
        {
            request.Context["has_streaming_input"] = true;
        }
        if (ChecksumHeader is not null)
        {
            request.Context[ChecksumContext.ContextKey] = new ChecksumContext { RequestAlgorithm = new("crc32", RequestChecksumAlgorithm.InHeader, ChecksumHeader) };
        }
        if (ChecksumTrailer)
        {
            request.Context[ChecksumContext.ContextKey] = new ChecksumContext { RequestAlgorithm = new("crc32", RequestChecksumAlgorithm.InTrailer, "x-amz-checksum-crc32") };
        }
        return request;
    }
}
