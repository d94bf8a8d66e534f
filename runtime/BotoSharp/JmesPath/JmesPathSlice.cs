using System.Collections;

namespace BotoSharp.JmesPath;

/// <summary>python's <c>list[start:stop:step]</c>, which jmespath's slice delegates to.</summary>
internal static class JmesPathSlice
{
    /// <summary>Slices <paramref name="list"/>; a zero step is python's <c>ValueError</c>.</summary>
    public static List<object?> Apply(IList list, long?[] parts)
    {
        long step = parts[2] ?? 1;
        if (step == 0)
        {
            throw new JmesPathError("ValueError", "slice step cannot be zero");
        }
        long length = list.Count;
        long start = Bound(parts[0], step < 0 ? length - 1 : 0, length, step);
        long stop = Bound(parts[1], step < 0 ? -1 : length, length, step);
        var result = new List<object?>();
        if (step > 0)
        {
            for (long i = start; i < stop; i += step)
            {
                result.Add(list[(int)i]);
            }
        }
        else
        {
            for (long i = start; i > stop; i += step)
            {
                result.Add(list[(int)i]);
            }
        }
        return result;
    }

    // PySlice_AdjustIndices: negative counts from the end, then clamp to [0, length] (or [-1, length-1] going back).
    private static long Bound(long? value, long whenMissing, long length, long step)
    {
        if (value is not long v)
        {
            return whenMissing;
        }
        if (v < 0)
        {
            v += length;
            if (v < 0)
            {
                v = step < 0 ? -1 : 0;
            }
        }
        else if (v >= length)
        {
            v = step < 0 ? length - 1 : length;
        }
        return v;
    }
}
