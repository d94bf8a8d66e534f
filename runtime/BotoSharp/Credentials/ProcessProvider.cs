using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Credentials printed by the profile's <c>credential_process</c> command, botocore's <c>ProcessProvider</c>.
/// The command is split shell-style and run without a shell; its stdout must be Version 1 JSON. An
/// <c>Expiration</c> makes the credentials refreshable by running the command again.
/// </summary>
public sealed class ProcessProvider : CredentialProvider
{
    /// <summary>The method name, <c>custom-process</c>.</summary>
    public const string MethodName = "custom-process";

    private readonly string _profileName;
    private readonly Func<CredentialConfigView> _loadConfig;
    private readonly TimeProvider _timeProvider;
    private CredentialConfigView? _loadedConfig;

    /// <summary>Creates the provider; <paramref name="loadConfig"/> returns the session's merged profile view.</summary>
    public ProcessProvider(string profileName, Func<CredentialConfigView> loadConfig, TimeProvider? timeProvider = null)
    {
        _profileName = profileName ?? throw new ArgumentNullException(nameof(profileName));
        _loadConfig = loadConfig ?? throw new ArgumentNullException(nameof(loadConfig));
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override string Method => MethodName;

    private IReadOnlyDictionary<string, object?> ProfileConfig => (_loadedConfig ??= _loadConfig()).GetProfile(_profileName);

    /// <inheritdoc/>
    public override Credentials? Load() => CredentialTime.RunSync(LoadAsync);

    /// <inheritdoc/>
    public override async Task<Credentials?> LoadAsync(CancellationToken cancellationToken = default)
    {
        var command = CredentialConfigView.GetString(ProfileConfig, "credential_process");
        if (command is null)
        {
            return null;
        }
        var metadata = await RetrieveAsync(command, cancellationToken).ConfigureAwait(false);
        if (metadata.ExpiryTime is not null)
        {
            return RefreshableCredentials.CreateFromMetadata(metadata, ct => RetrieveAsync(command, ct), MethodName, _timeProvider);
        }
        return new Credentials(metadata.AccessKey, metadata.SecretKey, metadata.Token, MethodName, metadata.AccountId);
    }

    private async Task<CredentialMetadata> RetrieveAsync(string command, CancellationToken cancellationToken)
    {
        var (exitCode, stdout, stderr) = await RunAsync(command, cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new CredentialRetrievalError(MethodName, stderr);
        }
        JsonElement parsed;
        try
        {
            using var document = JsonDocument.Parse(stdout);
            parsed = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            // botocore lets the JSON decoder's error escape; a typed error says which provider failed.
            throw new CredentialRetrievalError(MethodName, "Unable to parse credential process output as JSON: " + e.Message, e);
        }
        if (parsed.ValueKind != JsonValueKind.Object)
        {
            throw new CredentialRetrievalError(MethodName, "Credential process output is not a JSON object");
        }
        if (!IsVersionOne(parsed, out var versionText))
        {
            throw new CredentialRetrievalError(MethodName,
                $"Unsupported version '{versionText}' for credential process provider, supported versions: 1");
        }
        var accessKey = Required(parsed, "AccessKeyId");
        var secretKey = Required(parsed, "SecretAccessKey");
        var accountId = Optional(parsed, "AccountId");
        if (string.IsNullOrEmpty(accountId))
        {
            accountId = CredentialConfigView.GetString(ProfileConfig, StaticKeys.AccountId);
        }
        return new CredentialMetadata(accessKey, secretKey, Optional(parsed, "SessionToken"), Optional(parsed, "Expiration"), accountId);
    }

    // Python compares with `!= 1`, so 1, 1.0 and true all pass while "1" does not.
    private static bool IsVersionOne(JsonElement parsed, out string text)
    {
        if (!parsed.TryGetProperty("Version", out var version))
        {
            text = "<Version key not provided>";
            return false;
        }
        text = version.ValueKind switch
        {
            JsonValueKind.String => version.GetString()!,
            JsonValueKind.True => "True",
            JsonValueKind.False => "False",
            JsonValueKind.Null => "None",
            _ => version.GetRawText(),
        };
        return version.ValueKind == JsonValueKind.True
            || (version.ValueKind == JsonValueKind.Number && version.TryGetDouble(out var d) && d == 1.0);
    }

    private static string Required(JsonElement parsed, string name) =>
        parsed.TryGetProperty(name, out var value)
            ? AsText(value) ?? string.Empty
            : throw new CredentialRetrievalError(MethodName, $"Missing required key in response: '{name}'");

    private static string? Optional(JsonElement parsed, string name) =>
        parsed.TryGetProperty(name, out var value) ? AsText(value) : null;

    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string command, CancellationToken cancellationToken)
    {
        // botocore splits with the C runtime's rules on Windows and shlex elsewhere; where either would raise
        // ValueError the typed error names the provider.
        var argv = (OperatingSystem.IsWindows() ? WindowsCommandLine.TrySplit(command) : Configuration.ShellWords.TrySplit(command))
            ?? throw new CredentialRetrievalError(MethodName, $"Unable to parse credential_process '{command}': unbalanced quotes or a trailing backslash");
        if (argv.Count == 0)
        {
            throw new CredentialRetrievalError(MethodName, "credential_process is empty");
        }
        var start = new ProcessStartInfo(argv[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in argv.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new CredentialRetrievalError(MethodName, $"Unable to run credential_process '{argv[0]}': {e.Message}", e);
        }
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return (process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }
}
