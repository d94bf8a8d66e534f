using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BotoSharp.Generator.Model;
using BotoSharp.Generator.Parse;

namespace BotoSharp.Generator.Diagnostics;

/// <summary>
/// Maps diagnostics found in canonical (whitespace-free) text back to the file as written: original offset, line and
/// column. Runs only in the diagnostics output, and only does work for files that have diagnostics.
/// </summary>
internal static class DiagnosticLocator
{
    public static EquatableArray<DiagnosticInfo> Locate(IEnumerable<DiagnosticInfo> diagnostics, ImmutableArray<ModelFile> originals)
    {
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in originals)
        {
            byPath[file.Path] = file.Text;
        }
        var maps = new Dictionary<string, LineMap>(StringComparer.Ordinal);
        return EquatableArray.From(diagnostics.Select(d =>
        {
            if (d.Location is not { } location || !byPath.TryGetValue(location.FilePath, out var text))
            {
                return d;
            }
            var start = JsonCanonicalizer.ToOriginalOffset(text, location.Offset);
            var end = location.Length == 0 ? start : JsonCanonicalizer.ToOriginalOffset(text, location.Offset + location.Length - 1) + 1;
            if (!maps.TryGetValue(location.FilePath, out var lines))
            {
                lines = maps[location.FilePath] = new LineMap(location.FilePath, text);
            }
            return d with { Location = lines.Locate(start, Math.Max(0, end - start)) };
        }));
    }
}
