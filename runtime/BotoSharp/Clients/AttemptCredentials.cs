using BotoSharp.Signing;

namespace BotoSharp.Clients;

/// <summary>
/// Freezes a client's credentials once per attempt (botocore's <c>get_frozen_credentials</c> in <c>sign</c>).
/// Plain <see cref="Auth.Credentials"/> (the type itself: a subclass may refresh or compute in its getters) are read
/// synchronously, and the last snapshot is handed out again while the three strings are the same objects, so an
/// attempt makes no task, no <see cref="Auth.ReadOnlyCredentials"/> and no <see cref="SigningCredentials"/>; a
/// changed key or token (the properties are settable) gives a new snapshot at once.
/// </summary>
internal sealed class AttemptCredentials
{
    private readonly Auth.Credentials _credentials;
    private readonly bool _plain;
    private SigningCredentials? _last;

    public AttemptCredentials(Auth.Credentials credentials)
    {
        _credentials = credentials;
        _plain = credentials.GetType() == typeof(Auth.Credentials);
    }

    /// <summary>The snapshot for presigning and other synchronous signing.</summary>
    public SigningCredentials? Freeze() => _plain ? Plain() : ToSigning(_credentials.GetFrozenCredentials());

    /// <summary>The snapshot for one attempt of a call; a refreshable source is awaited without blocking.</summary>
    public ValueTask<SigningCredentials?> FreezeAsync(CancellationToken cancellationToken) =>
        _plain ? ValueTask.FromResult(Plain()) : FrozenAsync(_credentials, cancellationToken);

    private SigningCredentials? Plain()
    {
        var accessKey = _credentials.AccessKey;
        var secretKey = _credentials.SecretKey;
        var token = _credentials.Token;
        var last = _last;
        if (last is not null && ReferenceEquals(last.AccessKey, accessKey) && ReferenceEquals(last.SecretKey, secretKey)
            && ReferenceEquals(last.Token, token))
        {
            return last;
        }
        if (accessKey is null || secretKey is null)
        {
            return null;
        }
        return _last = new SigningCredentials(accessKey, secretKey, token);
    }

    private static async ValueTask<SigningCredentials?> FrozenAsync(Auth.Credentials credentials, CancellationToken cancellationToken) =>
        ToSigning(await credentials.GetFrozenCredentialsAsync(cancellationToken).ConfigureAwait(false));

    private static SigningCredentials? ToSigning(Auth.ReadOnlyCredentials frozen) =>
        frozen.AccessKey is null || frozen.SecretKey is null ? null : new SigningCredentials(frozen.AccessKey, frozen.SecretKey, frozen.Token);
}
