using System.Text;
using BotoSharp.Models;

namespace BotoSharp.Tests.Differential.Randomized;

/// <summary>
/// Builds botocore-shaped parameters for an operation's input shape from a seeded random source: every required
/// member, about half of the optional ones, values botocore's parameter validation accepts (min lengths and ranges,
/// enum values, host labels that are valid DNS labels), so both SDKs reach the wire with the same input.
/// </summary>
internal sealed class RandomParameters(Random random)
{
    private const int MaxDepth = 5;

    // Seconds since the epoch of a fixed instant plus a random offset: timestamps both SDKs render alike.
    private static readonly DateTimeOffset s_epochBase = new(2024, 3, 4, 5, 6, 7, TimeSpan.Zero);

    /// <summary>Whether payload blobs go in as a <see cref="Stream"/> (else as <c>byte[]</c>).</summary>
    public bool StreamBodies { get; set; }

    /// <summary>Parameters for <paramref name="operation"/>, or an empty map when it has no input.</summary>
    public Dictionary<string, object?> For(OperationModel operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return operation.InputShape is { } input ? Structure(input, 0, topLevel: true) : new Dictionary<string, object?>(StringComparer.Ordinal);
    }

    private Dictionary<string, object?> Structure(StructureShape shape, int depth, bool topLevel = false)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (shape.IsUnion)
        {
            var members = shape.Members.Where(m => !m.Value.EventStream).ToList();
            if (members.Count > 0)
            {
                var (name, member) = members[random.Next(members.Count)];
                result[name] = Value(member, depth + 1, name);
            }
            return result;
        }
        var required = shape.RequiredMembers.ToHashSet(StringComparer.Ordinal);
        foreach (var (name, member) in shape.Members)
        {
            if (member.EventStream)
            {
                continue;
            }
            var include = required.Contains(name) || member.IdempotencyToken
                || (depth < MaxDepth && random.NextDouble() < (topLevel ? 0.6 : 0.4));
            if (include)
            {
                result[name] = Value(member, depth + 1, name);
            }
        }
        return result;
    }

    private object? Value(Shape shape, int depth, string memberName) => shape switch
    {
        StructureShape structure => Structure(structure, depth),
        ListShape list => List(list, depth),
        MapShape map => Map(map, depth),
        StringShape text => Text(text, memberName),
        _ => Scalar(shape),
    };

    private List<object?> List(ListShape shape, int depth)
    {
        var count = Math.Max((int)(shape.Min ?? 0), depth >= MaxDepth ? 0 : random.Next(0, 3));
        var items = new List<object?>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(Value(shape.Member, depth + 1, "member"));
        }
        return items;
    }

    private Dictionary<string, object?> Map(MapShape shape, int depth)
    {
        var count = Math.Max((int)(shape.Min ?? 0), depth >= MaxDepth ? 0 : random.Next(0, 3));
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = shape.Key is StringShape { Enum.Count: > 0 } keyEnum ? keyEnum.Enum[random.Next(keyEnum.Enum.Count)] : "k" + Word(3);
            result[key] = Value(shape.Value, depth + 1, "value");
        }
        return result;
    }

    private string Text(StringShape shape, string memberName)
    {
        if (shape.Enum.Count > 0)
        {
            // The oracle is botocore without awscrt, which cannot compute the CRT-only checksums that BotoSharp
            // computes natively (DESIGN-NOTES: BotoSharp behaves like botocore[crt]); a checksum algorithm is drawn
            // from the rest. The other draws stay the same, so a seed keeps its cases.
            var value = shape.Enum[random.Next(shape.Enum.Count)];
            return memberName.EndsWith("ChecksumAlgorithm", StringComparison.Ordinal) && IsCrtOnly(value)
                ? shape.Enum.First(v => !IsCrtOnly(v))
                : value;
        }
        var length = Math.Max((int)(shape.Min ?? 1), 1 + random.Next(8));
        if (shape.Max is { } max && length > max)
        {
            length = (int)max;
        }
        // Host labels and S3 bucket names must survive DNS and bucket-name checks in both SDKs.
        if (shape.HostLabel || memberName is "Bucket" or "AccountId" || shape.Location is "uri" or "header" or "headers")
        {
            return Word(length);
        }
        return random.Next(4) switch
        {
            0 => Word(length),
            1 => Word(length) + " " + Word(2),
            2 => Word(length) + "/+=&~" + Word(1),
            _ => Word(length) + "é",
        };
    }

    private static bool IsCrtOnly(string algorithm) =>
        BotoSharp.Http.Checksums.ChecksumAlgorithms.CrtOnly.Contains(algorithm, StringComparer.OrdinalIgnoreCase);

    private object Scalar(Shape shape) => shape.TypeName switch
    {
        "boolean" => random.Next(2) == 1,
        "integer" or "long" => (long)Math.Max(shape.Min ?? 0, random.Next(1, 100)),
        "float" or "double" => Math.Max(shape.Min ?? 0, random.Next(1, 100)) + 0.25,
        "timestamp" => s_epochBase.AddSeconds(random.Next(0, 86400 * 30)),
        "blob" => Blob(shape),
        _ => Word(4),
    };

    private object Blob(Shape shape)
    {
        var bytes = Encoding.UTF8.GetBytes("blob-" + Word(1 + random.Next(12)));
        return shape.Streaming && StreamBodies ? new MemoryStream(bytes) : bytes;
    }

    private string Word(int length)
    {
        if (length == 0)
        {
            return "";
        }
        var chars = new char[length];
        chars[0] = (char)('a' + random.Next(26));
        for (var i = 1; i < length; i++)
        {
            var n = random.Next(36);
            chars[i] = n < 26 ? (char)('a' + n) : (char)('0' + n - 26);
        }
        return new string(chars);
    }
}
