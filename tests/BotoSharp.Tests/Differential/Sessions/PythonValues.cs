using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;
using BotoSharp.Errors;

namespace BotoSharp.Tests.Differential.Sessions;

/// <summary>
/// The one mapping between BotoSharp values and what botocore's answers look like once <c>json.dumps</c> has written
/// them: Python <c>str</c> ↔ string, <c>int</c> ↔ long/int, <c>bool</c> ↔ bool (never a number), <c>float</c> ↔ double
/// (written with a <c>.0</c> when whole, as Python does), <c>dict</c> ↔ dictionary in insertion order, <c>list</c>/<c>tuple</c>
/// ↔ any other enumerable, <c>None</c> ↔ null; an exception ↔ <c>{"error": python type name}</c>.
/// </summary>
internal static class PythonValues
{
    /// <summary>A BotoSharp value as the JSON botocore's equivalent Python value serializes to.</summary>
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create((long)i),
        long l => JsonValue.Create(l),
        double d => Float(d),
        JsonNode node => node.DeepClone(),
        IDictionary map => Object(map),
        IEnumerable list => new JsonArray(list.Cast<object?>().Select(ToNode).ToArray()),
        // Anything else has no Python counterpart: show its type so the difference is visible, never equal by accident.
        _ => JsonValue.Create($"<.NET {value.GetType().Name}: {value}>"),
    };

    /// <summary>
    /// The Python exception name botocore raises where BotoSharp threw <paramref name="error"/>. BotoSharp's error
    /// types carry botocore's names; the planned differences (DESIGN-NOTES.md) are bare Python exceptions that
    /// BotoSharp types: a failed <c>int()</c> (botocore: <c>ValueError</c>, BotoSharp: <see cref="InvalidConfigError"/>
    /// with the same text), credential_process output that is not JSON (botocore: <c>JSONDecodeError</c>,
    /// BotoSharp: <see cref="CredentialRetrievalError"/>) and an AWS_CREDENTIAL_FILE without <c>AWSSecretKey</c>
    /// (botocore: <c>KeyError</c>, BotoSharp: <see cref="PartialCredentialsError"/>). Non-botocore exceptions are prefixed so they never match
    /// (a crash is always a disagreement).
    /// </summary>
    public static JsonObject Error(Exception error)
    {
        string name = error switch
        {
            InvalidConfigError when error.Message.StartsWith("invalid literal for int()", StringComparison.Ordinal) => "ValueError",
            CredentialRetrievalError when error.Message.Contains("Unable to parse credential process output as JSON", StringComparison.Ordinal) => "JSONDecodeError",
            PartialCredentialsError partialKeys when partialKeys.Provider == "ec2-credentials-file" => "KeyError",
            BotoCoreError => error.GetType().Name,
            _ => $"crash:{error.GetType().FullName}: {error.Message}",
        };
        return new JsonObject { ["error"] = name };
    }

    /// <summary>Runs <paramref name="question"/> and maps its value or its exception.</summary>
    public static JsonNode? Ask(Func<object?> question)
    {
        try
        {
            return ToNode(question());
        }
        catch (Exception error)
        {
            return Error(error);
        }
    }

    private static JsonNode Float(double d)
    {
        if (!double.IsFinite(d))
        {
            return JsonValue.Create(d.ToString(CultureInfo.InvariantCulture))!;
        }
        string text = d.ToString("R", CultureInfo.InvariantCulture);
        return JsonNode.Parse(Math.Floor(d) == d && Math.Abs(d) < 1e16 ? text + ".0" : text)!;
    }

    private static JsonObject Object(IDictionary map)
    {
        var obj = new JsonObject();
        foreach (DictionaryEntry entry in map)
        {
            obj[(string)entry.Key] = ToNode(entry.Value);
        }
        return obj;
    }
}
