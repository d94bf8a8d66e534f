using System.Collections;
using System.Reflection;
using BotoSharp.Clients;
using BotoSharp.Models;
using BotoSharp.Protocols;
using BotoSharp.Protocols.Typed.Reading;

namespace BotoSharp.Tests.Protocols.TypedReading;

/// <summary>
/// Reads one response both ways for a generated output type: the typed reader (straight from the bytes) and the
/// dictionary path (protocol parser, then <c>FromParsed</c>), each projected back to a dictionary with
/// <c>ToParameters</c> so the two can be compared value by value.
/// </summary>
internal static class TypedReadProbe
{
    private static readonly MethodInfo s_typed = typeof(TypedReadProbe).GetMethod(nameof(ReadTyped), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo s_dictionary = typeof(TypedReadProbe).GetMethod(nameof(ReadDictionary), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>
    /// The typed read's projection, or the fallback that made the reader give up; with <paramref name="overXmlReader"/>
    /// an XML body is read over <see cref="System.Xml.XmlReader"/> only (the path documents outside the byte reader's
    /// subset take), else as the call path reads it.
    /// </summary>
    public static (object? Projection, ResponseMetadata? Metadata, Exception? Fallback) Typed(Type outputType, ProtocolResponse response, OperationModel operation, string protocol,
        bool overXmlReader = false)
    {
        var metadata = new ResponseMetadata { HttpStatusCode = response.StatusCode };
        try
        {
            var value = s_typed.MakeGenericMethod(outputType).Invoke(null, new object?[] { response, operation.OutputShape!, protocol, metadata, overXmlReader });
            return (Project(value), metadata, null);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner && TypedOutputReading.IsFallback(inner))
        {
            return (null, null, e.InnerException);
        }
    }

    /// <summary>The dictionary path's projection, and the parsed dictionary itself.</summary>
    public static (object? Projection, Dictionary<string, object?> Parsed) Dictionary(Type outputType, ProtocolResponse response, OperationModel operation, string protocol)
    {
        var parsed = ProtocolFactory.CreateParser(protocol).Parse(response, operation);
        var value = s_dictionary.MakeGenericMethod(outputType).Invoke(null, new object?[] { parsed });
        return (Project(value), parsed);
    }

    /// <summary>
    /// An operation of a service this assembly compiles typed clients for: its generated output type, its model (from
    /// the compiled-in service JSON) and the protocol its responses use.
    /// </summary>
    public static (Type Output, OperationModel Operation, string Protocol) CompiledOperation(string service, string operation)
    {
        var compiled = global::BotoSharp.Loading.CompiledModelRegistry.Find(service) ?? throw new ArgumentException($"{service} is not compiled here.", nameof(service));
        var model = new ServiceModel(System.Text.Json.Nodes.JsonNode.Parse(compiled.ServiceJson())!.AsObject(), compiled.ServiceName);
        // An operation without input has only the (CancellationToken) overload.
        var output = compiled.ClientType.GetMethods().First(m => m.Name == operation + "Async").ReturnType.GetGenericArguments()[0];
        return (output, model.OperationModel(operation), model.ResolvedProtocol);
    }

    /// <summary>Blobs as base64 and streams read out, so two projections compare by value.</summary>
    public static object? Project(object? value) => value switch
    {
        IRequestShape shape => Project(shape.ToParameters()),
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Project(p.Value), StringComparer.Ordinal),
        byte[] bytes => "b64:" + Convert.ToBase64String(bytes),
        Stream stream => "stream:" + Convert.ToBase64String(ValueConversions.ToBytes(stream)),
        string text => text,
        IEnumerable items => items.Cast<object?>().Select(Project).ToList(),
        _ => value,
    };

    private static object ReadTyped<T>(ProtocolResponse response, StructureShape output, string protocol, ResponseMetadata metadata, bool overXmlReader)
        where T : IResponseShape<T> =>
        TypedOutputReading.Read(response, output, protocol, metadata, rewrite: null, reader => T.ReadFrom(reader)!, overXmlReader);

    private static object ReadDictionary<T>(Dictionary<string, object?> parsed)
        where T : IResponseShape<T> => T.FromParsed(parsed)!;
}
