using BotoSharp.Http;

namespace BotoSharp.Signing;

/// <summary>
/// Per-request signing overrides from endpoint resolution and customisations (botocore's
/// <c>context['signing']</c>): signing region, signing name, and credentials for this request only (S3 Express).
/// </summary>
public sealed class SigningProperties
{
    /// <summary>The <see cref="AwsRequest.Context"/> key.</summary>
    public const string ContextKey = "signing";

    /// <summary>Signing region from the endpoint rule set, or null.</summary>
    public string? Region { get; set; }

    /// <summary>Signing name from the endpoint rule set, or null.</summary>
    public string? SigningName { get; set; }

    /// <summary>Credentials to use instead of the client's for this request, or null.</summary>
    public SigningCredentials? RequestCredentials { get; set; }

    /// <summary>Reads the signing properties of <paramref name="request"/>, or null.</summary>
    /// <remarks>Also accepts a botocore-shaped dictionary (<c>region</c>, <c>signing_name</c>) so a call path that
    /// copies the endpoint's auth-scheme dictionary as-is still works.</remarks>
    public static SigningProperties? From(AwsRequest request) => From(request.Context);

    /// <summary>Reads the signing properties from a request context, or null.</summary>
    public static SigningProperties? From(IDictionary<string, object?> context) =>
        Read(context) is { } read ? read.Typed ?? new SigningProperties
        {
            Region = read.Region,
            SigningName = read.SigningName,
            RequestCredentials = read.RequestCredentials,
        } : null;

    /// <summary>
    /// The signing properties of a request context as values, or null: what <see cref="From(IDictionary{string, object?})"/>
    /// reads, without making an object for the botocore-shaped dictionary the endpoint stage puts there on every call.
    /// </summary>
    internal static Values? Read(IDictionary<string, object?> context)
    {
        if (!context.TryGetValue(ContextKey, out var value) || value is null)
        {
            return null;
        }
        if (value is SigningProperties typed)
        {
            return new Values(typed.Region, typed.SigningName, typed.RequestCredentials, typed);
        }
        if (value is IDictionary<string, object?> dict)
        {
            return new Values(
                dict.TryGetValue("region", out var r) ? r as string : null,
                dict.TryGetValue("signing_name", out var n) ? n as string : null,
                dict.TryGetValue("request_credentials", out var c) ? c as SigningCredentials : null,
                null);
        }
        return null;
    }

    /// <summary>The three properties as read, and the object they came from when the context held one.</summary>
    internal readonly record struct Values(string? Region, string? SigningName, SigningCredentials? RequestCredentials, SigningProperties? Typed);
}
