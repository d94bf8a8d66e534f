using System.Collections.Generic;

namespace BotoSharp.Generator.Parse;

/// <summary>
/// A JSON value read by <see cref="JsonReader"/>, with the offset it starts at so diagnostics can point into the file.
/// These nodes live only inside the Parse stage; nothing downstream of it holds one.
/// </summary>
internal abstract class JsonNode
{
    protected JsonNode(int offset, int length)
    {
        Offset = offset;
        Length = length;
    }

    /// <summary>Offset of the first character of the value.</summary>
    public int Offset { get; }

    /// <summary>Length of the value's text (for containers, up to and including the closing bracket).</summary>
    public int Length { get; internal set; }
}
