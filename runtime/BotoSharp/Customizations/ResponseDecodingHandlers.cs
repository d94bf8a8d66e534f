using System.Text;
using System.Text.Json;
using BotoSharp.Http;
using BotoSharp.Models;
using BotoSharp.Protocols;

namespace BotoSharp.Customizations;

/// <summary>
/// botocore's rows that rewrite a parsed answer: IAM's URL-encoded policy documents and CloudFormation's JSON
/// template body become JSON values, EC2's base64 console output becomes text, and S3's <c>Expires</c> header is
/// also kept verbatim as <c>ExpiresString</c> (and dropped when it is not a timestamp). A value that does not decode
/// is left as it came, as botocore does.
/// </summary>
public static class ResponseDecodingHandlers
{
    // IAM marks every policy document string with this shape.
    private const string PolicyDocumentShape = "policyDocumentType";

    /// <summary>The rows, in botocore's registration order.</summary>
    public static IEnumerable<HandlerRow> Rows()
    {
        yield return new("after-call.iam", JsonDecodePolicies);
        yield return new("after-call.ec2.GetConsoleOutput", DecodeConsoleOutput);
        yield return new("after-call.cloudformation.GetTemplate", JsonDecodeTemplateBody);
        yield return new("before-parse.s3.*", HandleExpiresHeader);
    }

    /// <summary>
    /// botocore's <c>json_decode_policies</c>: every <c>policyDocumentType</c> string of the output, at any depth of
    /// structures and lists, is URL-decoded and read as JSON.
    /// </summary>
    public static object? JsonDecodePolicies(IDictionary<string, object?> kwargs)
    {
        if (HandlerArgs.Parsed(kwargs) is { } parsed && HandlerArgs.Model(kwargs).OutputShape is { } output)
        {
            DecodePolicyTypes(parsed, output);
        }
        return null;
    }

    /// <summary>botocore's <c>decode_console_output</c>: <c>Output</c> is base64 of the console text (UTF-8, bad bytes replaced).</summary>
    public static object? DecodeConsoleOutput(IDictionary<string, object?> kwargs)
    {
        if (HandlerArgs.Parsed(kwargs) is { } parsed && parsed.Get("Output") is string output
            && output.All(c => c <= '\u00ff') && PythonBase64.TryDecode(output, out var bytes))
        {
            parsed["Output"] = Encoding.UTF8.GetString(bytes);
        }
        return null;
    }

    /// <summary>botocore's <c>json_decode_template_body</c>: a JSON <c>TemplateBody</c> becomes its value (a YAML one stays text).</summary>
    public static object? JsonDecodeTemplateBody(IDictionary<string, object?> kwargs)
    {
        if (HandlerArgs.Parsed(kwargs) is { } parsed && parsed.Get("TemplateBody") is string body && TryLoadJson(body, out var value))
        {
            parsed["TemplateBody"] = value;
        }
        return null;
    }

    /// <summary>
    /// botocore's <c>handle_expires_header</c>: for outputs with an <c>Expires</c> header member, the header's text
    /// is added as <c>ExpiresString</c>; a value that is not a timestamp is removed before parsing, so <c>Expires</c>
    /// is absent instead of the parse failing.
    /// </summary>
    public static object? HandleExpiresHeader(IDictionary<string, object?> kwargs)
    {
        if (!HasExpiresShape(HandlerArgs.Model(kwargs).OutputShape)
            || kwargs.Get("response_dict") is not IDictionary<string, object?> response
            || response.Get("headers") is not IDictionary<string, object?> headers
            || kwargs.Get("customized_response_dict") is not IDictionary<string, object?> customized)
        {
            return null;
        }
        // botocore's header map is case-insensitive; the one handed out here is keyed in lower case.
        var name = headers.Keys.FirstOrDefault(k => string.Equals(k, "Expires", StringComparison.OrdinalIgnoreCase));
        if (name is not null && headers[name] is string { Length: > 0 } expires)
        {
            customized["ExpiresString"] = expires;
            if (Timestamps.TryParse(expires) is null)
            {
                headers.Remove(name);
            }
        }
        return null;
    }

    private static bool HasExpiresShape(StructureShape? output) =>
        output is not null && output.Members.Values.Any(m => m.Name == "Expires" && m.LocationName == "Expires");

    private static void DecodePolicyTypes(object? parsed, Shape shape)
    {
        switch (shape)
        {
            case StructureShape structure when parsed is IDictionary<string, object?> values:
                foreach (var (name, member) in structure.Members)
                {
                    if (!values.TryGetValue(name, out var value))
                    {
                        continue;
                    }
                    if (member.TypeName == "string" && member.Name == PolicyDocumentShape)
                    {
                        values[name] = DecodeQuotedJsonDocument(value);
                    }
                    else
                    {
                        DecodePolicyTypes(value, member);
                    }
                }
                break;
            case ListShape list when parsed is IEnumerable<object?> items:
                foreach (var item in items)
                {
                    DecodePolicyTypes(item, list.Member);
                }
                break;
        }
    }

    // botocore's decode_quoted_jsondoc: json.loads(unquote(value)), the value unchanged when that fails.
    private static object? DecodeQuotedJsonDocument(object? value) =>
        value is string text && TryLoadJson(AwsUriEncoding.Unquote(text), out var decoded) ? decoded : value;

    private static bool TryLoadJson(string text, out object? value)
    {
        try
        {
            value = PlainJsonReader.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            value = null;
            return false;
        }
    }
}
