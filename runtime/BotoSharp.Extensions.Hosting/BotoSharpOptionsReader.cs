using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace BotoSharp.Extensions.Hosting;

/// <summary>Reads <see cref="BotoSharpOptions"/> from a configuration section by key (no reflection, so trimming-safe).</summary>
internal static class BotoSharpOptionsReader
{
    /// <summary>Copies the section's values onto <paramref name="options"/>; keys are case-insensitive, as in IConfiguration.</summary>
    /// <exception cref="FormatException">A number is not a number.</exception>
    public static void Read(IConfiguration section, BotoSharpOptions options)
    {
        options.Profile = section["Profile"] ?? options.Profile;
        options.Region = section["Region"] ?? options.Region;
        options.ProfilesLocation = section["ProfilesLocation"] ?? options.ProfilesLocation;
        options.ConfigLocation = section["ConfigLocation"] ?? options.ConfigLocation;
        options.ServiceURL = section["ServiceURL"] ?? options.ServiceURL;
        options.RetryMode = section["RetryMode"] ?? options.RetryMode;
        options.DefaultsMode = section["DefaultsMode"] ?? options.DefaultsMode;
        options.MaxAttempts = Number(section, "MaxAttempts", int.Parse) ?? options.MaxAttempts;
        options.ConnectTimeout = Number(section, "ConnectTimeout", double.Parse) ?? options.ConnectTimeout;
        options.ReadTimeout = Number(section, "ReadTimeout", double.Parse) ?? options.ReadTimeout;
    }

    private static T? Number<T>(IConfiguration section, string key, Func<string, IFormatProvider, T> parse)
        where T : struct
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            return parse(text.Trim(), CultureInfo.InvariantCulture);
        }
        catch (FormatException error)
        {
            throw new FormatException($"AWS configuration value {key}='{text}' is not a number.", error);
        }
    }
}
