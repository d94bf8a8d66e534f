namespace BotoSharp.Auth;

/// <summary>
/// A bearer token from <c>AWS_BEARER_TOKEN_&lt;NAME&gt;</c>, where NAME is the signing name upper-cased with
/// <c>-</c> and spaces turned into <c>_</c>; botocore's <c>ScopedEnvTokenProvider</c>. It answers only when a
/// signing name is given, so a token meant for one service is never sent to another.
/// </summary>
public sealed class ScopedEnvTokenProvider : TokenProvider
{
    private readonly IReadOnlyDictionary<string, string> _environment;

    /// <summary>Creates the provider over an environment map.</summary>
    public ScopedEnvTokenProvider(IReadOnlyDictionary<string, string> environment)
    {
        _environment = environment ?? throw new ArgumentNullException(nameof(environment));
    }

    /// <inheritdoc/>
    public override string Method => "env";

    /// <summary>The variable name for a signing name (<c>bedrock</c> → <c>AWS_BEARER_TOKEN_BEDROCK</c>).</summary>
    public static string VariableName(string signingName) =>
        "AWS_BEARER_TOKEN_" + signingName.Replace('-', '_').Replace(' ', '_').ToUpperInvariant();

    /// <inheritdoc/>
    public override AuthToken? LoadToken(string? signingName = null)
    {
        if (string.IsNullOrWhiteSpace(signingName))
        {
            return null;
        }
        // Present but empty still counts, as in botocore: the variable was set on purpose.
        return _environment.TryGetValue(VariableName(signingName), out var token) ? new FrozenAuthToken(token) : null;
    }
}
