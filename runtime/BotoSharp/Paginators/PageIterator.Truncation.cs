using System.Collections;
using System.Globalization;
using BotoSharp.JmesPath;

namespace BotoSharp.Paginators;

/// <summary>Starting-token parsing and the MaxItems truncation of the first and last pages, as botocore does them.</summary>
public sealed partial class PageIterator
{
    private (Dictionary<string, object?> Token, long Truncation) ParseStartingToken()
    {
        var decoded = PaginationToken.TryDecode(_startingToken!);
        if (decoded is not null)
        {
            long index = 0;
            if (decoded.Remove(TruncateKey, out var amount))
            {
                index = JmesPathValues.ToLong(amount!);
            }
            return (decoded, index);
        }
        return ParseDeprecatedStartingToken();
    }

    // botocore's old "token___token___index" format, kept so old tokens still resume.
    private (Dictionary<string, object?>, long) ParseDeprecatedStartingToken()
    {
        var parts = _startingToken!.Split("___").ToList();
        long index = 0;
        if (parts.Count == _paginator.InputTokens.Count + 1)
        {
            if (long.TryParse(parts[^1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out index))
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                index = 0;
                parts = new List<string> { _startingToken };
            }
        }
        if (parts.Count > _paginator.InputTokens.Count)
        {
            throw new ArgumentException($"Bad starting token: {_startingToken}");
        }
        var token = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (int i = 0; i < _paginator.InputTokens.Count; i++)
        {
            token[_paginator.InputTokens[i]] = i < parts.Count && parts[i] != "None" ? parts[i] : null;
        }
        return (token, index);
    }

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
        nextToken[TruncateKey] = keep + startingTruncation;
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
