using System.Collections.Generic;
using System.Linq;
using BotoSharp.Generator.Model;

namespace BotoSharp.Generator.Parse;

internal static partial class ServiceParser
{
    private static RawShape ReadShape(JsonProperty property, LineMap lines)
    {
        var shape = (JsonObject)property.Value;
        var members = shape.GetObject("members")?.Properties
            .Where(p => p.Value is JsonObject)
            .Select(p => ReadMember(p, lines))
            .ToArray() ?? System.Array.Empty<RawMember>();
        var error = shape.GetObject("error");
        return new RawShape(
            property.Name,
            shape.GetString("type") ?? "structure",
            lines.Locate(property.KeyOffset, property.Name.Length + 2),
            new EquatableArray<RawMember>(members),
            Ref(shape.GetObject("member"), lines),
            Ref(shape.GetObject("key"), lines),
            Ref(shape.GetObject("value"), lines),
            Strings(shape.Get("enum")),
            Strings(shape.Get("required")),
            shape.GetBool("exception"),
            shape.GetBool("fault"),
            shape.GetBool("streaming"),
            shape.GetBool("document"),
            shape.GetBool("union"),
            shape.GetBool("eventstream"),
            shape.GetBool("deprecated"),
            shape.GetString("deprecatedMessage"),
            shape.GetString("documentation"),
            error?.GetString("code"));
    }

    private static RawMember ReadMember(JsonProperty property, LineMap lines)
    {
        var member = (JsonObject)property.Value;
        var shapeRef = Ref(member, lines) ?? new RawRef(string.Empty, lines.Locate(property.KeyOffset, property.Name.Length + 2));
        return new RawMember(
            property.Name,
            shapeRef,
            member.GetString("documentation"),
            member.GetBool("deprecated"),
            member.GetString("deprecatedMessage"),
            member.GetBool("idempotencyToken"),
            member.GetBool("streaming"));
    }

    private static RawOperation ReadOperation(JsonProperty property, LineMap lines)
    {
        var op = (JsonObject)property.Value;
        var http = op.GetObject("http");
        var checksum = op.GetObject("httpChecksum");
        var errors = (op.Get("errors") as JsonArray)?.Items
            .OfType<JsonObject>()
            .Select(e => Ref(e, lines))
            .Where(r => r is not null)
            .Select(r => r!)
            .ToArray() ?? System.Array.Empty<RawRef>();
        return new RawOperation(
            // botocore names an operation by its key; the "name" field is the wire name (CloudFront suffixes it with a version).
            property.Name,
            lines.Locate(property.KeyOffset, property.Name.Length + 2),
            http?.GetString("method") ?? "POST",
            http?.GetString("requestUri") ?? "/",
            Ref(op.GetObject("input"), lines),
            Ref(op.GetObject("output"), lines),
            new EquatableArray<RawRef>(errors),
            op.GetString("documentation"),
            op.GetBool("deprecated"),
            op.GetString("deprecatedMessage"),
            op.GetObject("endpoint")?.GetString("hostPrefix"),
            Strings(op.Get("auth")),
            op.GetString("authtype"),
            op.GetBool("httpChecksumRequired") || (checksum?.GetBool("requestChecksumRequired") ?? false),
            checksum?.GetString("requestAlgorithmMember"),
            checksum?.GetString("requestValidationModeMember"),
            Strings(checksum?.Get("responseAlgorithms")),
            op.Get("unsignedPayload") is not null,
            Strings(op.GetObject("requestcompression")?.Get("encodings")));
    }

    private static RawRef? Ref(JsonObject? holder, LineMap lines)
    {
        if (holder?.Get("shape") is JsonString name)
        {
            return new RawRef(name.Value, lines.Locate(name.Offset, name.Length));
        }
        return null;
    }

    private static EquatableArray<string> Strings(JsonNode? node) =>
        node is JsonArray array
            ? EquatableArray.From(array.Items.OfType<JsonString>().Select(s => s.Value))
            : EquatableArray<string>.Empty;

    private static EquatableArray<RawPaginatorRef> PaginatorOperations(JsonObject? paginators, ModelFile? file)
    {
        if (paginators?.GetObject("pagination") is not { } pagination || file is null)
        {
            return EquatableArray<RawPaginatorRef>.Empty;
        }
        var lines = new LineMap(file.Path, file.Text);
        return EquatableArray.From(pagination.Properties.Select(p => new RawPaginatorRef(
            new RawRef(p.Name, lines.Locate(p.KeyOffset, p.Name.Length + 2)), PrimaryResultKey((p.Value as JsonObject)?.Get("result_key")),
            PaginatorConfig(p.Value as JsonObject))));
    }

    private static RawPaginatorConfig? PaginatorConfig(JsonObject? config)
    {
        if (config is null)
        {
            return null;
        }
        var inputs = OneOrMany(config.Get("input_token"));
        var outputs = OneOrMany(config.Get("output_token"));
        var results = OneOrMany(config.Get("result_key"));
        var nonAggregate = OneOrMany(config.Get("non_aggregate_keys"));
        var limit = config.Get("limit_key");
        var more = config.Get("more_results");
        if (inputs is null || outputs is null || results is null || nonAggregate is null
            || limit is not (null or JsonString) || more is not (null or JsonString))
        {
            return null;
        }
        return new RawPaginatorConfig(inputs.Value, outputs.Value, results.Value, (limit as JsonString)?.Value, (more as JsonString)?.Value, nonAggregate.Value);
    }

    // A string or a list of strings (absent is empty); null for anything else.
    private static EquatableArray<string>? OneOrMany(JsonNode? node) => node switch
    {
        null => EquatableArray<string>.Empty,
        JsonString single => EquatableArray.From(new[] { single.Value }),
        JsonArray array when array.Items.All(i => i is JsonString) => EquatableArray.From(array.Items.Cast<JsonString>().Select(s => s.Value)),
        _ => null,
    };

    // "Contents" or ["Contents", "CommonPrefixes"] give "Contents"; an expression ("Reservations[].Instances[]") gives none.
    private static string? PrimaryResultKey(JsonNode? resultKey)
    {
        var key = resultKey switch
        {
            JsonString single => single.Value,
            JsonArray { Items.Count: > 0 } list when list.Items[0] is JsonString first => first.Value,
            _ => null,
        };
        return key is { Length: > 0 } && key.All(c => c == '_' || char.IsLetterOrDigit(c)) ? key : null;
    }

    private static EquatableArray<RawWaiterRef> WaiterOperations(JsonObject? waiters, ModelFile? file)
    {
        if (waiters?.GetObject("waiters") is not { } all || file is null)
        {
            return EquatableArray<RawWaiterRef>.Empty;
        }
        var lines = new LineMap(file.Path, file.Text);
        var refs = new List<RawWaiterRef>();
        foreach (var p in all.Properties)
        {
            if (p.Value is JsonObject waiter && waiter.Get("operation") is JsonString op)
            {
                refs.Add(new RawWaiterRef(p.Name, new RawRef(op.Value, lines.Locate(op.Offset, op.Length)),
                    WholeNumber(waiter.Get("delay")), WholeNumber(waiter.Get("maxAttempts"))));
            }
        }
        return EquatableArray.From(refs);
    }

    private static int WholeNumber(JsonNode? node) =>
        node is JsonNumber number && int.TryParse(number.Raw, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
}
