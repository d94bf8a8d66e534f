namespace BotoSharp.Errors;

/// <summary>No serializer or parser exists for a protocol name (botocore fails with a bare <c>KeyError</c> here).</summary>
public class UnsupportedProtocolError : BotoCoreError
{
    /// <summary>Creates the error for a protocol name.</summary>
    public UnsupportedProtocolError(string? protocol, Exception? innerException = null)
        : base($"Unsupported protocol: {protocol}", new (string, object?)[] { ("protocol", protocol) }, innerException)
    {
    }

    /// <summary>The <c>protocol</c> value of the error.</summary>
    public string? Protocol => Kwargs.TryGetValue("protocol", out var v) ? v as string : null;
}
