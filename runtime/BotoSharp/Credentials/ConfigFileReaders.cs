namespace BotoSharp.Auth;

/// <summary>
/// Parses an INI file into raw sections (botocore's <c>raw_config_parse</c>): section name → options, nested
/// sub-sections as dictionaries. Raises <see cref="BotoSharp.Errors.ConfigNotFound"/> for a missing file and
/// <see cref="BotoSharp.Errors.ConfigParseError"/> for a malformed one. The default is
/// <c>ConfigFileParser.RawConfigParse</c>.
/// </summary>
/// <param name="path">The file to read; <c>~</c> and variables are expanded by the parser.</param>
public delegate IReadOnlyDictionary<string, object?> RawConfigParser(string path);

/// <summary>
/// Parses a config file into botocore's <c>load_config</c> shape (<c>profiles</c>, <c>sso_sessions</c>…),
/// applying the <c>[profile x]</c> naming rules. Raises <see cref="BotoSharp.Errors.ConfigNotFound"/> for a
/// missing file. The default is <c>ConfigFileParser.LoadConfig</c>.
/// </summary>
/// <param name="path">The file to read; <c>~</c> and variables are expanded by the parser.</param>
public delegate IReadOnlyDictionary<string, object?> ConfigFileLoader(string path);
