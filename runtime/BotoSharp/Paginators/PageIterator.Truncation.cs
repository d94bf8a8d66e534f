using System.Collections;
using BotoSharp.JmesPath;

namespace BotoSharp.Paginators;

/// <summary>The StartingToken and MaxItems truncation of the first and last pages, as botocore does them.</summary>
public sealed partial class PageIterator
{
    private void HandleFirstRequest(Dictionary<string, object?> parsed, JmesPathExpression primary, long startingTruncation)
    {
        object? data = primary.Search(parsed) switch
        {
            string s => Slice(s, startingTruncation),
            IList list => list.Cast<object?>().Skip((int)Math.Min(startingTruncation, int.MaxValue)).ToList(),
            _ => null,
        };
        JmesPathSetter.Set(parsed, primary.Expression, data);
        foreach (var key in _paginator.ResultKeys)
        {
            if (ReferenceEquals(key, primary))
            {
                continue;
            }
            var sample = key.Search(parsed);
            object? empty = sample switch
            {
                IList => new List<object?>(),
                string => string.Empty,
                // DynamoDB's Count/ScannedCount keep the server's figure even on a truncated resume.
                _ when JmesPathValues.IsNumber(sample) => sample,
                _ => null,
            };
            JmesPathSetter.Set(parsed, key.Expression, empty);
        }
    }

    private void TruncateResponse(Dictionary<string, object?> parsed, JmesPathExpression primary, object? original,
        long truncateAmount, long startingTruncation, Dictionary<string, object?> nextToken)
    {
        long length = original is null ? 0 : Length(original);
        long keep = length - truncateAmount;
        object truncated = original switch
        {
            string s => Slice(s, 0, keep),
            IList list => list.Cast<object?>().Take((int)Math.Max(keep, 0)).ToList(),
            _ => new List<object?>(),
        };
        JmesPathSetter.Set(parsed, primary.Expression, truncated);
        nextToken[PaginationTokens.TruncateKey] = keep + startingTruncation;
        SetResumeToken(nextToken);
    }

    private static string Slice(string s, long start, long? stop = null)
    {
        var points = s.EnumerateRunes().Select(r => r.ToString()).ToList();
        int from = (int)Math.Clamp(start, 0, points.Count);
        int to = (int)Math.Clamp(stop ?? points.Count, from, points.Count);
        return string.Concat(points.Skip(from).Take(to - from));
    }
}
