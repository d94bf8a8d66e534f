using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BotoSharp.Generator.Diagnostics;

/// <summary>
/// A position in a model file, as plain values: pipeline records must not hold a <see cref="Location"/> (it would keep
/// syntax trees alive and never compare equal across runs).
/// </summary>
internal sealed record LocationInfo(string FilePath, int Offset, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The Roslyn location for reporting.</summary>
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Offset, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

    /// <summary>The start of <paramref name="filePath"/>, for diagnostics about a file as a whole.</summary>
    public static LocationInfo FileStart(string filePath) => new LocationInfo(filePath, 0, 0, 0, 0, 0, 0);
}
