using System.Collections.Generic;

namespace BotoSharp.Generator.Model;

/// <summary>
/// botocore ships one service twice: <c>sms-voice</c> is a second client name of <c>pinpoint-sms-voice</c> (the same
/// model and service id; botocore's <c>CLIENT_NAME_TO_HYPHENIZED_SERVICE_ID_OVERRIDES</c> maps the one to the other).
/// Named from the service id, both would declare the same types in one project, so the second name is the source of
/// its C# names instead: <c>BotoSharp.Services.SmsVoice.SmsVoiceClient</c>, whichever services a project asks for.
/// </summary>
internal static class DuplicateServices
{
    // Second client name → the botocore service it duplicates.
    private static readonly Dictionary<string, string> s_duplicateOf = new(System.StringComparer.Ordinal)
    {
        ["sms-voice"] = "pinpoint-sms-voice",
    };

    /// <summary>What a service's C# names are made from: its service id, unless it is a second name of another service.</summary>
    public static string NameSource(string serviceName, string? serviceId, string? serviceAbbreviation) =>
        s_duplicateOf.ContainsKey(serviceName) ? serviceName : serviceId ?? serviceAbbreviation ?? serviceName;
}
