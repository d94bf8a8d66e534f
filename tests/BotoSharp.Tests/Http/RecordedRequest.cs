namespace BotoSharp.Tests.Http;

/// <summary>What the server received.</summary>
internal sealed record RecordedRequest(string RequestLine, IReadOnlyList<(string Name, string Value)> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}
