namespace BotoSharp.Auth;

/// <summary>
/// Parses an INI file into raw sections (botocore's <c>raw_config_parse</c>): section name → key → value, with
/// nested sub-sections as dictionaries. Raises <see cref="BotoSharp.Errors.ConfigNotFound"/> for a missing file
/// and <see cref="BotoSharp.Errors.ConfigParseError"/> for a malformed one.
/// </summary>
/// <param name="path">The file to read; <c>~</c> is expanded by the parser.</param>
public delegate IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> RawConfigParser(string path);

/// <summary>
/// Parses a config file into profiles and sso-sessions (botocore's <c>load_config</c>, which applies the
/// <c>[profile x]</c> naming rules). Raises <see cref="BotoSharp.Errors.ConfigNotFound"/> for a missing file.
/// </summary>
/// <param name="path">The file to read; <c>~</c> is expanded by the parser.</param>
public delegate CredentialConfigView ConfigFileLoader(string path);
