namespace BotoSharp.Samples;

/// <summary>The sample's command line: <c>[--tour] [--telemetry] [--profile NAME] [--endpoint-url URL] [--region REGION]</c>.</summary>
internal sealed record SampleOptions(bool Tour, string? Profile, string? EndpointUrl, string? Region, bool Telemetry = false)
{
    /// <summary>The usage line printed for bad arguments.</summary>
    public const string Usage = "usage: BotoSharp.Samples [--tour] [--telemetry] [--profile NAME] [--endpoint-url URL] [--region REGION]";

    /// <summary>Whether the calls go to a server the user chose (an endpoint or a profile) rather than a local moto_server.</summary>
    public bool UsesOwnTarget => Profile is not null || EndpointUrl is not null;

    /// <summary>Reads the arguments, or returns null when they are not understood.</summary>
    public static SampleOptions? Parse(IReadOnlyList<string> args)
    {
        bool tour = false, telemetry = false;
        string? profile = null, endpointUrl = null, region = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--tour":
                    tour = true;
                    break;
                case "--telemetry":
                    telemetry = true;
                    break;
                case "--profile" when i + 1 < args.Count:
                    profile = args[++i];
                    break;
                case "--endpoint-url" when i + 1 < args.Count:
                    endpointUrl = args[++i];
                    break;
                case "--region" when i + 1 < args.Count:
                    region = args[++i];
                    break;
                default:
                    return null;
            }
        }
        return new SampleOptions(tour, profile, endpointUrl, region, telemetry);
    }
}
