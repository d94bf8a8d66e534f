namespace BotoSharp.Auth;

/// <summary>Connecting to a metadata endpoint failed (botocore's connect errors, which are retried).</summary>
internal sealed class MetadataConnectException(string message, Exception inner) : IOException(message, inner);
