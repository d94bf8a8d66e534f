using BotoSharp.Caching;

namespace BotoSharp.UserAgents;

/// <summary>
/// The User-Agent text of a client without call features, remembered per process by everything it is built from:
/// platform facts, the session's name/version/extra and the client config's extra, app id, retry mode and endpoint
/// discovery. Equal inputs give equal text, so a new client reuses it instead of formatting ~15 pieces again; an
/// input that differs (an edited session extra, another app id) is a different key and builds its own text.
/// </summary>
internal static class UserAgentTexts
{
    // Distinct configurations in one process are few; past this, texts are built per client as before.
    private const int MaxRemembered = 64;

    // Most clients of a process have the inputs the last one had: the last key is compared before the hash.
    private static readonly LastKeyFirstCache<Key, string> s_texts = new(MaxRemembered);

    /// <summary>The text for <paramref name="key"/>, built by <paramref name="builder"/> the first time.</summary>
    public static string Get(Key key, UserAgentString builder)
    {
        if (!s_texts.TryGetValue(key, out var text))
        {
            text = builder.Build(null);
            s_texts.Remember(key, text);
        }
        return text;
    }

    /// <summary>The inputs of a feature-less User-Agent text.</summary>
    /// <remarks>
    /// A class of strings and booleans: its equality and the cache over it are shared generic code the runtime's
    /// ReadyToRun image already holds (a struct key, or a nullable tuple inside one, made the first client of every
    /// process JIT-compile the dictionary and its comparers, ~20 methods).
    /// </remarks>
    internal sealed record Key(string? PlatformName, string? PlatformVersion, string? PlatformMachine, string LanguageName,
        string? LanguageVersion, bool HasLanguageImplementation, string? LanguageImplementationKey, string? LanguageImplementationValue,
        string? ExecutionEnv, string? SessionName, string? SessionVersion, string? SessionExtra, string? ClientExtra, string? AppId,
        bool HasRetries, string? RetryMode, bool EndpointDiscovery);
}
