using System;

namespace BotoSharp.Generator.Parse;

/// <summary>Invalid JSON at <see cref="Offset"/>; caught by the Parse stage and turned into diagnostic BOTO001.</summary>
internal sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string message, int offset)
        : base(message)
    {
        Offset = offset;
    }

    /// <summary>Where the reader stopped.</summary>
    public int Offset { get; }
}
