using System.Collections.Generic;
using BotoSharp.Generator.Diagnostics;

namespace BotoSharp.Generator.Parse;

/// <summary>Turns offsets in one file into zero-based line and column positions.</summary>
internal sealed class LineMap
{
    private readonly string _path;
    private readonly List<int> _lineStarts = new List<int> { 0 };

    public LineMap(string path, string text)
    {
        _path = path;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public LocationInfo Locate(int offset, int length)
    {
        var (startLine, startColumn) = Position(offset);
        var (endLine, endColumn) = Position(offset + length);
        return new LocationInfo(_path, offset, length, startLine, startColumn, endLine, endColumn);
    }

    private (int Line, int Column) Position(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line, offset - _lineStarts[line]);
    }
}
