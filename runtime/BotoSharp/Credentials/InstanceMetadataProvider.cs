namespace BotoSharp.Auth;

/// <summary>
/// Credentials of the EC2 instance's IAM role, botocore's <c>InstanceMetadataProvider</c>: refreshable through
/// the same fetcher; nothing found is a <see langword="null"/> result so the chain ends without credentials.
/// </summary>
public sealed class InstanceMetadataProvider : CredentialProvider
{
    /// <summary>The method name, <c>iam-role</c>.</summary>
    public const string MethodName = "iam-role";

    private readonly InstanceMetadataFetcher _fetcher;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the provider over a fetcher.</summary>
    public InstanceMetadataProvider(InstanceMetadataFetcher fetcher, TimeProvider? timeProvider = null)
    {
        _fetcher = fetcher ?? throw new ArgumentNullException(nameof(fetcher));
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override string Method => MethodName;

    /// <inheritdoc/>
    public override string? CanonicalName => "Ec2InstanceMetadata";

    /// <inheritdoc/>
    public override Credentials? Load() => CredentialTime.RunSync(LoadAsync);

    /// <inheritdoc/>
    public override async Task<Credentials?> LoadAsync(CancellationToken cancellationToken = default)
    {
        var metadata = await _fetcher.RetrieveIamRoleCredentialsAsync(cancellationToken).ConfigureAwait(false);
        if (metadata is null)
        {
            return null;
        }
        // A refresh that finds nothing hands back null, which the refresh turns into "did not contain" errors.
        return RefreshableCredentials.CreateFromMetadata(metadata,
            async ct => (await _fetcher.RetrieveIamRoleCredentialsAsync(ct).ConfigureAwait(false))!, MethodName, _timeProvider);
    }
}
