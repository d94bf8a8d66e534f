namespace BotoSharp.Configuration;

/// <summary>
/// botocore's <c>Config</c>: advanced client options. Every option remembers whether the caller set it
/// (<see cref="IsUserProvided"/>), because <see cref="Merge"/> and the client only honour options that were set;
/// unset options read as botocore's defaults. Options are set with object initializers or by name.
/// </summary>
public sealed partial class ClientConfig
{
    private readonly Dictionary<string, object?> _userProvided;

    /// <summary>An empty config: every option reads as its default.</summary>
    public ClientConfig()
    {
        _userProvided = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// A config from options by botocore name (<c>region_name</c>, <c>retries</c>…), as <c>Config(**kwargs)</c>.
    /// </summary>
    /// <exception cref="ArgumentException">An option name is unknown, or a value has the wrong type.</exception>
    /// <exception cref="Errors.InvalidRetryConfigurationError">The <c>retries</c> option is invalid.</exception>
    /// <exception cref="Errors.InvalidS3AddressingStyleError">The <c>s3.addressing_style</c> option is invalid.</exception>
    public ClientConfig(IEnumerable<KeyValuePair<string, object?>> options)
    {
        // Every client's final config is built from ~30 computed options: sized once instead of grown four times.
        _userProvided = new(options is IReadOnlyCollection<KeyValuePair<string, object?>> known ? known.Count : 0, StringComparer.Ordinal);
        foreach (var (name, value) in options)
        {
            _userProvided[name] = Checked(name, value);
        }
    }

    // Takes over a dictionary nobody changes afterwards (the calculator's final options), already checked by
    // FromFinalOptions exactly as the public constructor checks them; used only when no value needs converting.
    private ClientConfig(Dictionary<string, object?> options, bool checkedInPlace)
    {
        _ = checkedInPlace;
        _userProvided = options;
    }

    // Config(**kwargs)'s checks of one option, in its order: a known name, a value of the option's type (converted
    // where the type asks), then the retries / s3 rules. Returns the value to keep.
    private static object? Checked(string name, object? value)
    {
        var kept = CheckType(name, value, KnownOptionType(name));
        Validate(name, kept);
        return kept;
    }

    // The type of a known option; an unknown name is Config(**kwargs)'s TypeError.
    private static Type KnownOptionType(string name) =>
        s_optionTypes.TryGetValue(name, out var type) ? type : throw new ArgumentException($"Got unexpected keyword argument '{name}'", "options");

    /// <summary>
    /// <c>Config(**options)</c> over <paramref name="options"/> itself when every value already has its option's type
    /// (the usual final config of a client), else over a checked copy as the public constructor makes.
    /// </summary>
    /// <exception cref="ArgumentException">An option name is unknown, or a value has the wrong type.</exception>
    internal static ClientConfig FromFinalOptions(Dictionary<string, object?> options)
    {
        // One pass in order with Checked's rules (known name, type, value): the first value that needs converting hands
        // the whole dictionary to the public constructor, which converts a copy and checks every option again from the
        // start, so the same error comes first either way.
        foreach (var (name, value) in options)
        {
            var type = KnownOptionType(name);
            // The exact type first: almost every final value is a string, bool, long or double, and the reflection
            // check costs more than the comparison.
            if (value is not null && type != typeof(object) && value.GetType() != type && !type.IsInstanceOfType(value))
            {
                return new ClientConfig(options);
            }
            Validate(name, value);
        }
        return new ClientConfig(options, checkedInPlace: true);
    }

    /// <summary>botocore's <c>UNSIGNED</c>: as <see cref="SignatureVersion"/>, requests are sent without signing.</summary>
    public static object Unsigned { get; } = new UnsignedSignature();

    /// <summary>The botocore option names in botocore's positional order.</summary>
    public static IReadOnlyList<string> OptionNames => s_optionNames;

    /// <summary>True when the option (botocore name) was set by the caller, even to null.</summary>
    public bool IsUserProvided(string optionName) => _userProvided.ContainsKey(optionName);

    /// <summary>The options the caller set, by botocore name, in the order they were set.</summary>
    public IReadOnlyDictionary<string, object?> UserProvidedOptions => _userProvided;

    /// <summary>
    /// The value of an option by botocore name: what the caller set, else the default (<c>connect_timeout</c>
    /// defaults to 60 only while <c>defaults_mode</c> is unset or <c>legacy</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The option name is unknown.</exception>
    public object? GetOption(string optionName)
    {
        // Every key of _userProvided passed KnownOptionType (constructor, FromFinalOptions, Set, Merge), so a set
        // option is known: one lookup instead of two for the ~20 reads of every new client's final config.
        if (_userProvided.TryGetValue(optionName, out var value))
        {
            return value;
        }
        if (!s_optionTypes.ContainsKey(optionName))
        {
            throw new ArgumentException($"Unknown config option '{optionName}'", nameof(optionName));
        }
        return DefaultOf(optionName);
    }

    // The typed properties' read: their names are known option names, so an unset one needs no check of the name.
    private object? Option(string optionName) => _userProvided.TryGetValue(optionName, out var value) ? value : DefaultOf(optionName);

    // An unset option's value: botocore's defaults, null for the rest.
    private object? DefaultOf(string optionName) => optionName switch
    {
        "connect_timeout" => IsUserProvided("defaults_mode") && !Equals(_userProvided["defaults_mode"], "legacy") ? null : s_defaultTimeout,
        "read_timeout" => s_defaultTimeout,
        "parameter_validation" => ConfigValues.Boxed(true),
        "max_pool_connections" => s_defaultMaxPoolConnections,
        _ => null,
    };

    // The defaults' boxes, made once: every client reads its timeouts and pool size through GetOption.
    private static readonly object s_defaultTimeout = DefaultTimeout;
    private static readonly object s_defaultMaxPoolConnections = DefaultMaxPoolConnections;

    /// <summary>
    /// botocore's <c>merge</c>: a new config from the options set on this one, updated by those set on
    /// <paramref name="other"/> (which win). Defaults never override.
    /// </summary>
    public ClientConfig Merge(ClientConfig other)
    {
        var options = new Dictionary<string, object?>(_userProvided, StringComparer.Ordinal);
        foreach (var (name, value) in other._userProvided)
        {
            options[name] = value;
        }
        return new ClientConfig(options);
    }

    /// <summary>True when <see cref="SignatureVersion"/> is <see cref="Unsigned"/>.</summary>
    public bool IsUnsigned => ReferenceEquals(SignatureVersion, Unsigned);

    private T? Get<T>(string name) => Option(name) is T value ? value : default;

    private void Set(string name, object? value)
    {
        Validate(name, value);
        _userProvided[name] = value;
    }

    private static void Validate(string name, object? value)
    {
        switch (name)
        {
            case "s3":
                ValidateS3(value as IReadOnlyDictionary<string, object?>);
                break;
            case "retries":
                ValidateRetries(value as IReadOnlyDictionary<string, object?>);
                break;
        }
    }

    private sealed class UnsignedSignature
    {
        public override string ToString() => "UNSIGNED";
    }
}
