using System.Net;
using System.Net.Sockets;
using BotoSharp.Errors;
using BotoSharp.Http;

namespace BotoSharp.Endpoints.Library;

/// <summary>
/// <c>parseURL</c>, following Python's <c>urlparse</c> as botocore uses it: only http/https, no query, a valid
/// port; returns scheme, authority, path, normalizedPath (dot segments and empty segments removed,
/// percent-encoded, always ending in <c>/</c>) and isIp.
/// </summary>
internal static class UrlComponents
{
    /// <summary>Parses the URL, or returns null when the rules engine must treat it as not a URL.</summary>
    public static Dictionary<string, object?>? Parse(object? value)
    {
        if (value is not string text)
        {
            return null;
        }
        // urlsplit drops leading C0 controls/spaces and every tab or newline before it starts.
        var url = text.TrimStart(s_c0OrSpace).Replace("\t", "").Replace("\r", "").Replace("\n", "");
        // One urlsplit serves signers and the rules engine; parseURL adds its own limits on top.
        var parts = UrlParts.Split(url);
        if (parts.Scheme is not ("http" or "https") || parts.Query.Length > 0)
        {
            return null;
        }
        var scheme = parts.Scheme;
        var netloc = parts.Netloc;
        if (netloc.Contains('[') != netloc.Contains(']'))
        {
            return null;
        }
        var path = StripParams(parts.Path);
        var host = HostName(netloc, out var portValid);
        if (!portValid)
        {
            return null;
        }
        if (host is null)
        {
            // botocore fails here with a Python TypeError (its IP check reads a missing host name).
            throw new EndpointResolutionError($"Cannot parse a URL without a host: {text}");
        }
        var normalized = AwsUriEncoding.Quote(AwsUriEncoding.NormalizeUrlPath(path), "/");
        if (!normalized.EndsWith('/'))
        {
            normalized += "/";
        }
        return new Dictionary<string, object?>(5, StringComparer.Ordinal)
        {
            ["scheme"] = scheme,
            ["authority"] = netloc,
            ["path"] = path,
            ["normalizedPath"] = normalized,
            ["isIp"] = StandardLibrary.IsIpv4(host) || IsIpv6(text, host)
                ? StandardLibrary.True : StandardLibrary.False,
        };
    }

    private static readonly char[] s_c0OrSpace = Enumerable.Range(0, 33).Select(i => (char)i).ToArray();

    // http(s) URLs carry ";params" on the last segment, which urlparse keeps out of the path.
    private static string StripParams(string path)
    {
        if (!path.Contains(';'))
        {
            return path;
        }
        var semicolon = path.IndexOf(';', Math.Max(path.LastIndexOf('/'), 0));
        return semicolon < 0 ? path : path[..semicolon];
    }

    private static string? HostName(string netloc, out bool portValid)
    {
        portValid = true;
        var hostPort = netloc[(netloc.LastIndexOf('@') + 1)..];
        string host;
        string port;
        if (hostPort.StartsWith('['))
        {
            var close = hostPort.IndexOf(']');
            host = hostPort[1..close];
            var after = hostPort[(close + 1)..];
            port = after.StartsWith(':') ? after[1..] : "";
        }
        else
        {
            var colon = hostPort.IndexOf(':');
            host = colon < 0 ? hostPort : hostPort[..colon];
            port = colon < 0 ? "" : hostPort[(colon + 1)..];
        }
        if (port.Length > 0)
        {
            portValid = port.All(char.IsAsciiDigit) && int.TryParse(port, out var number) && number <= 65535;
        }
        return host.Length == 0 ? null : host.ToLowerInvariant();
    }

    private static bool IsIpv6(string url, string host)
    {
        if (url.IndexOfAny(['\t', '\r', '\n']) >= 0)
        {
            return false;
        }
        var zone = host.IndexOf('%');
        var address = zone < 0 ? host : host[..zone];
        return IPAddress.TryParse(address, out var ip) && ip.AddressFamily == AddressFamily.InterNetworkV6;
    }
}
