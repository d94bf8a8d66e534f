using BotoSharp.Models;
using BotoSharp.Http;

namespace BotoSharp.Customizations;

/// <summary>Typed reads of an event's keyword arguments, by botocore's argument names.</summary>
internal static class HandlerArgs
{
    /// <summary>Python's <c>dict.get</c>: the value under <paramref name="key"/>, or null.</summary>
    public static object? Get(this IDictionary<string, object?> kwargs, string key) => kwargs.TryGetValue(key, out var value) ? value : null;

    /// <summary>The operation parameters of <c>provide-client-params</c> / <c>before-parameter-build</c>.</summary>
    public static IDictionary<string, object?> ApiParams(IDictionary<string, object?> kwargs) =>
        kwargs["params"] as IDictionary<string, object?> ?? throw new ArgumentException("The event carries no parameter dictionary.", nameof(kwargs));

    /// <summary>The built request of <c>before-call</c> (botocore's request dictionary).</summary>
    public static AwsRequest RequestDict(IDictionary<string, object?> kwargs) =>
        kwargs["params"] as AwsRequest ?? throw new ArgumentException("The event carries no request.", nameof(kwargs));

    /// <summary>The operation model (<c>model</c>, or <c>operation_model</c> on <c>before-parse</c>).</summary>
    public static OperationModel Model(IDictionary<string, object?> kwargs) =>
        (kwargs.TryGetValue("model", out var model) ? model : kwargs.Get("operation_model")) as OperationModel
            ?? throw new ArgumentException("The event carries no operation model.", nameof(kwargs));

    /// <summary>The request context, or null when the event has none.</summary>
    public static IDictionary<string, object?>? Context(IDictionary<string, object?> kwargs) =>
        kwargs.Get("context") as IDictionary<string, object?>;

    /// <summary>The parsed response of <c>after-call</c>.</summary>
    public static IDictionary<string, object?>? Parsed(IDictionary<string, object?> kwargs) =>
        kwargs.Get("parsed") as IDictionary<string, object?>;
}
