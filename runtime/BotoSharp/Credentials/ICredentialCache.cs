namespace BotoSharp.Auth;

/// <summary>
/// Where fetched temporary credentials are kept between refreshes and sessions, botocore's dict-like <c>cache</c>
/// argument: <see cref="InMemoryCredentialCache"/> by default, <see cref="JsonFileCache"/> to share the AWS CLI's
/// <c>~/.aws/cli/cache</c>. Values are botocore-shaped trees (the service response).
/// </summary>
public interface ICredentialCache
{
    /// <summary>True when the cache holds <paramref name="key"/> (botocore's <c>key in cache</c>).</summary>
    bool Contains(string key);

    /// <summary>Returns the value for <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">No entry, or an entry that cannot be read (botocore's <c>KeyError</c>).</exception>
    Dictionary<string, object?> Get(string key);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>.</summary>
    void Set(string key, Dictionary<string, object?> value);
}
