using System.Collections.Concurrent;
using BotoSharp.Protocols;

namespace BotoSharp.Clients;

/// <summary>
/// The call path's dictionary-path serializer (without validation) and response parser of each protocol, one per
/// process: they hold only what their constructor was given and memos of their own delegates, so every client of a
/// protocol can use the same ones (each client made its own, with its delegates).
/// </summary>
internal static class SharedProtocols
{
    private static readonly ConcurrentDictionary<string, IProtocolSerializer> s_serializers = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IProtocolSerializer> s_millisecondSerializers = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IProtocolParser> s_parsers = new(StringComparer.Ordinal);

    /// <summary>The serializer <see cref="ProtocolFactory.CreateSerializer"/> makes without validation.</summary>
    /// <exception cref="Errors.UnsupportedProtocolError">Not a known protocol (nothing is remembered).</exception>
    public static IProtocolSerializer Serializer(string protocol, TimestampPrecision precision) => precision == TimestampPrecision.Millisecond
        ? s_millisecondSerializers.GetOrAdd(protocol, static name => ProtocolFactory.CreateSerializer(name, includeValidation: false, TimestampPrecision.Millisecond))
        : s_serializers.GetOrAdd(protocol, static name => ProtocolFactory.CreateSerializer(name, includeValidation: false, TimestampPrecision.Default));

    /// <summary>The parser <see cref="ProtocolFactory.CreateParser"/> makes.</summary>
    /// <exception cref="Errors.UnsupportedProtocolError">Not a known protocol (nothing is remembered).</exception>
    public static IProtocolParser Parser(string protocol) => s_parsers.GetOrAdd(protocol, static name => ProtocolFactory.CreateParser(name));
}
