using BotoSharp.Generator.Diagnostics;
using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Parse;

/// <summary>A reference to a shape by name, with the location of the reference.</summary>
internal sealed record RawRef(string Name, LocationInfo Location);
