namespace BotoSharp.Auth;

/// <summary>A metadata endpoint accepted the connection but did not answer in time (botocore's <c>ReadTimeoutError</c>).</summary>
internal sealed class MetadataReadTimeoutException(string message, Exception inner) : IOException(message, inner);
